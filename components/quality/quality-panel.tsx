import Link from 'next/link';
import type { Lang } from '@/lib/i18n/lang';
import type { QualityValue, QualityWarning } from '@/lib/verify/quality/types';
import { QUALITY_STRINGS } from './strings';
import styles from './quality-panel.module.css';

/** The most warnings one panel lists (a large upload can have thousands). */
const MAX_LISTED = 100;

const MARK: Readonly<Record<QualityWarning['severity'], string>> = { warning: '⚠', info: 'ℹ' };

function factorOf(w: QualityWarning): number | null {
  return w.code === 'scale-slip' ? w.factor : null;
}

function valuesText(values: readonly QualityValue[]): string {
  return values.map((v) => `${v.year}: ${v.raw}${v.unit === '' ? '' : ` ${v.unit}`}`).join('; ');
}

/**
 * The "Chất lượng dữ liệu" (Data quality) panel: each warning with its mark and kind in words
 * (⚠ warning, ℹ note: not colour alone), the indicators (linked when the dataset has a page for
 * them), the years, the values and the reason; an empty state when none was found.
 *
 * @example
 * <QualityPanel warnings={table.quality ?? []} lang="vi" linkable={known} query="?ds=3f2b…" />
 */
export function QualityPanel({
  warnings,
  lang,
  linkable = new Set<string>(),
  query = '',
  headingId = 'quality-heading',
  total,
}: {
  warnings: readonly QualityWarning[];
  /** How many were found when `warnings` holds only the first ones. */
  total?: number;
  lang: Lang;
  /** Indicator ids that have a page (`/chi-tieu/[id]`). */
  linkable?: ReadonlySet<string>;
  /** Appended to indicator links (`?ds=…&lang=en`). */
  query?: string;
  headingId?: string;
}) {
  const t = QUALITY_STRINGS[lang];
  const warningCount = warnings.filter((w) => w.severity === 'warning').length;
  const listed = warnings.slice(0, MAX_LISTED);
  const found = Math.max(total ?? 0, warnings.length);
  return (
    <section className={`panel ${styles.panel}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{t.heading}</h2>
      <p className="muted small">{t.intro}</p>
      {warnings.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <>
          <p>{t.count(warningCount, warnings.length - warningCount)}</p>
          {found > listed.length ? <p className="small">{t.more(listed.length, found)}</p> : null}
          <ul className={styles.list}>
            {listed.map((w) => (
              <li key={w.id} className={`${styles.item} ${w.severity === 'info' ? styles.info : ''}`}>
                <p className={styles.head}>
                  <span aria-hidden="true">{MARK[w.severity]} </span>
                  {t.severity[w.severity]}: {t.kind(w.code, factorOf(w))}
                </p>
                <dl className={styles.facts}>
                  <dt>{t.indicator}</dt>
                  <dd lang="vi">
                    {w.indicatorIds.map((id, i) => (
                      <span key={id}>
                        {i > 0 ? '; ' : null}
                        {linkable.has(id) ? <Link href={`/chi-tieu/${encodeURIComponent(id)}${query}`}>{w.indicators[i] ?? id}</Link> : (w.indicators[i] ?? id)}
                      </span>
                    ))}
                  </dd>
                  <dt>{t.years}</dt>
                  <dd>{w.years.join(', ')}</dd>
                  <dt>{t.values}</dt>
                  <dd>{valuesText(w.values)}</dd>
                  <dt>{t.reason}</dt>
                  <dd lang={lang} data-message="engine">
                    {w.message[lang]}
                  </dd>
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
