import type { YearSources } from '@/lib/extract/reference/indicator-sources';
import type { Lang } from '@/lib/i18n/lang';
import { formatNumber } from '@/lib/numbers/format-number';
import styles from './reference.module.css';
import { REFERENCE_STRINGS } from './strings';

/**
 * Every source of each year's value side by side (`/chi-tieu/[id]`): the dataset, each stored document, each
 * reference series; a year whose sources disagree is marked in words, and so is each value that differs.
 * @example <ValueSources name="Thu ngân sách" years={values.years} lang="vi" />
 */
export function ValueSources({ name, years, lang }: { name: string; years: readonly YearSources[]; lang: Lang }) {
  const t = REFERENCE_STRINGS[lang];
  const shown = years.filter((y) => y.sources.length > 1);
  const kind = { dataset: t.kindDataset, document: t.kindDocument, reference: t.kindReference } as const;
  return (
    <section className={styles.section} aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t.sourcesTitle}</h2>
      <p className="muted small">{t.sourcesIntro}</p>
      {shown.length === 0 ? (
        <p className="muted small">{t.noSources}</p>
      ) : (
        <div className={styles.scroll}>
          <table className={styles.table}>
            <caption className="visually-hidden">{t.sourcesCaption(name)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.colYear}</th>
                <th scope="col">{t.colSources}</th>
                <th scope="col">{t.colVerdict}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((y) => (
                <tr key={y.year} className={y.disagree ? styles.disagree : undefined} data-disagree={y.disagree ? 'true' : undefined}>
                  <th scope="row" className="num">
                    {y.year}
                  </th>
                  <td>
                    <ul className={styles.questions}>
                      {y.sources.map((s, i) => (
                        <li key={`${s.kind}-${s.id}-${i}`} className={s.differs ? styles.differs : undefined}>
                          {kind[s.kind]} “{lang === 'vi' ? s.label : s.labelEn}”:{' '}
                          <span className="num">{formatNumber(s.value, Math.max(0, s.decimals))}</span> {s.unit}
                          {s.status !== undefined && s.status !== 'final' ? ` (${t.statusWord(s.status)})` : ''}
                          {(lang === 'vi' ? s.place : s.placeEn) !== null && s.kind === 'reference' ? ` — ${lang === 'vi' ? s.place : s.placeEn}` : ''}
                          {s.differs ? ` · ${t.differsMark}` : ''}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>{y.disagree ? t.disagree : t.agree}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
