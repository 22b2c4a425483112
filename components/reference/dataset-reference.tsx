import Link from 'next/link';
import type { DatasetReference } from '@/lib/extract/reference/dataset-reference';
import type { Lang } from '@/lib/i18n/lang';
import { formatNumber } from '@/lib/numbers/format-number';
import styles from './reference.module.css';
import { REFERENCE_STRINGS } from './strings';

function withUnit(value: number, decimals: number, unit: string): string {
  return `${formatNumber(value, Math.max(0, decimals))} ${unit}`.trim();
}

/**
 * A dataset's values beside the reference series: the "Đối chiếu với số liệu gốc" column of `/du-lieu/[id]`.
 * The counts cover every value; the table shows the rows kept, values that differ first.
 * @example <DatasetReferenceTable comparison={await datasetReference(id)} lang="vi" query="?ds=3f2a…" />
 */
export function DatasetReferenceTable({ comparison, lang, query }: { comparison: DatasetReference; lang: Lang; query: string }) {
  const t = REFERENCE_STRINGS[lang];
  const { rows: ordered, differing, agreeing } = comparison;
  const total = differing + agreeing;
  return (
    <section className={styles.section} aria-labelledby="dataset-reference-title">
      <h2 id="dataset-reference-title">{t.datasetTitle}</h2>
      <p className="muted small">{t.datasetIntro}</p>
      {comparison.setAside.map((s) => (
        <p key={`${s.id ?? ''}${s.label}`} className="small" role="note">
          <span aria-hidden="true">⊘ </span>
          {s.message[lang]}
        </p>
      ))}
      {ordered.length === 0 ? (
        <p className="muted small">{t.noRows}</p>
      ) : (
        <>
          <p className="small">
            {t.datasetCounts(differing, agreeing)}
            {ordered.length < total ? ` ${t.datasetShown(ordered.length, total)}` : null}
          </p>
          <div className={styles.scroll}>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">{t.colIndicator}</th>
                  <th scope="col">{t.colYear}</th>
                  <th scope="col">{t.colValue}</th>
                  <th scope="col">{t.columnTitle}</th>
                </tr>
              </thead>
              <tbody>
                {ordered.map((r) => {
                  const place = lang === 'vi' ? r.reference.place : r.reference.placeEn;
                  const value = withUnit(r.reference.value, r.reference.decimals, r.reference.unit);
                  const gap = `${r.reference.gap > 0 ? '+' : '−'}${formatNumber(Math.abs(r.reference.gap), Math.max(0, r.decimals))}`;
                  return (
                    <tr key={`${r.indicatorId}-${r.year}`} data-differs={r.reference.agrees ? undefined : 'true'}>
                      <td lang="vi">
                        <Link href={`/chi-tieu/${r.indicatorId}${query}`}>{r.indicator}</Link>
                      </td>
                      <td className="num">{r.year}</td>
                      <td className="num">{withUnit(r.value, r.decimals, r.unit)}</td>
                      <td className={r.reference.agrees ? undefined : styles.differs}>{r.reference.agrees ? t.agrees(value, place) : t.differs(value, gap, place)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
