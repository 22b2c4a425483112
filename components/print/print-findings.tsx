import { REPORT_STRINGS } from '@/components/report/strings';
import { printedValue } from '@/components/report/format-finding';
import { formatRowFigure } from '@/lib/series/recomputed-figure';
import { VerdictBadge } from '@/components/verdict/verdict-badge';
import type { RowView } from '@/lib/dataset/types';
import type { Lang } from '@/lib/verify/labels';
import styles from './print.module.css';
import { PRINT_STRINGS } from './strings';
import { isPlanKind } from '@/lib/verify/kind-rules';
import { rowMessage, rowWarnings } from '@/lib/dataset/row-text';

function valuesText(row: RowView, lang: Lang): string | null {
  const r = REPORT_STRINGS[lang];
  const isPlan = isPlanKind(row.kind);
  const side = (which: 'from' | 'to') => {
    const point = row[which];
    if (!point) return null;
    const label = isPlan ? `${which === 'from' ? r.plan : r.achieved} ${point.year}` : String(point.year);
    return `${label}: ${printedValue(row, which) ?? r.missing}`;
  };
  const parts = [side('from'), side('to')].filter((p) => p !== null);
  if (parts.length === 0) return null;
  return `${parts.join(' → ')}${row.unit ? ` (${row.unit})` : ''}`;
}

/**
 * The findings as one printable table: number, verdict badge (symbol + word + code), indicator
 * with its printed values and source row, the printed claim, the recomputed figure, and the
 * arithmetic message with what should have been printed. Rows never break across pages.
 * @example <PrintFindings rows={rows} lang="vi" tableTitles={new Map([['bang-2-2009-2022', 'Bảng 2']])} />
 */
export function PrintFindings({ rows, lang, tableTitles }: { rows: readonly RowView[]; lang: Lang; tableTitles: ReadonlyMap<string, string> }) {
  const t = PRINT_STRINGS[lang];
  if (rows.length === 0) return <p>{t.none}</p>;
  return (
    <table className={styles.findings}>
      <caption className="visually-hidden">{t.findingsCaption}</caption>
      <colgroup>
        <col className={styles.colNo} />
        <col className={styles.colVerdict} />
        <col className={styles.colIndicator} />
        <col className={styles.colClaim} />
        <col className={styles.colComputed} />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{t.colNo}</th>
          <th scope="col">{t.colVerdict}</th>
          <th scope="col">{t.colIndicator}</th>
          <th scope="col">{t.colClaim}</th>
          <th scope="col" className="num">
            {t.colComputed}
          </th>
          <th scope="col">{t.colMessage}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => {
          const values = valuesText(row, lang);
          const computed = formatRowFigure(row, lang);
          return (
            <tr key={row.key} data-verdict={row.verdict}>
              <td className="num">{i + 1}</td>
              <td className={styles.verdictCell}>
                <VerdictBadge verdict={row.verdict} lang={lang} />
                <code className={styles.code}>{row.verdict}</code>
              </td>
              <th scope="row" className={styles.indicatorCell}>
                <span lang="vi" className={styles.indicatorName}>
                  {row.indicator}
                </span>
                {values ? <span className={styles.values}>{values}</span> : null}
                <span className={styles.provenance}>
                  {row.source ? `${row.source} · ` : ''}
                  {t.rowOf(tableTitles.get(row.tableId) ?? row.tableId, row.row)}
                </span>
              </th>
              <td lang="vi">{row.claim ? <q>{row.claim}</q> : null}</td>
              <td className="num">{computed ?? '—'}</td>
              <td className={styles.message}>
                <span lang={lang} data-message="engine">
                  {rowMessage(row, lang)}
                </span>
                {row.expected ? (
                  <span className={styles.expected}>
                    {t.expected}: <strong lang="vi">{row.expected}</strong>
                  </span>
                ) : null}
                {row.note ? (
                  <span className={styles.note}>
                    {t.noteCol}: {row.note}
                  </span>
                ) : null}
                {rowWarnings(row, lang).map((w) => (
                  <span key={w} lang={lang} className={styles.warning} data-message="engine">
                    ⚠ {w}
                  </span>
                ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
