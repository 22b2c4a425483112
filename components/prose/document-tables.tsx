import { VerdictBadge } from '@/components/verdict/verdict-badge';
import { rowMessage } from '@/lib/dataset/row-text';
import type { Lang } from '@/lib/i18n/lang';
import type { DocumentTable } from '@/lib/prose/document-tables';
import styles from './prose.module.css';
import { PROSE_STRINGS } from './strings';

/**
 * The report tables found inside a document, each checked like an uploaded table: one row per claim
 * with its indicator, the claim, the verdict (symbol and word) and the arithmetic. Scrolls sideways
 * inside its own box on a narrow screen.
 * @example <DocumentTables tables={result.tables} lang="vi" />
 */
export function DocumentTables({ tables, lang }: { tables: readonly DocumentTable[]; lang: Lang }) {
  const t = PROSE_STRINGS[lang];
  if (tables.length === 0) return null;
  return (
    <section aria-labelledby="prose-tables-title" className={styles.tables}>
      <h2 id="prose-tables-title">{t.tablesTitle}</h2>
      <p className="muted small">{t.tablesHint}</p>
      {tables.map((table) => {
        const rows = table.results.filter((r) => r.claim !== null);
        const caption = `${t.tableName(table.index)}${table.page === null ? '' : ` (${t.page(table.page)})`}`;
        return (
          <div key={table.index} className={styles.tableScroll} role="region" aria-label={caption} tabIndex={0}>
            <table className={styles.claimsTable}>
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.tableIndicator}</th>
                  <th scope="col">{t.tableClaim}</th>
                  <th scope="col">{t.tableVerdict}</th>
                  <th scope="col">{t.tableMessage}</th>
                </tr>
              </thead>
              <tbody>
                {rows.length === 0 ? (
                  <tr>
                    <td colSpan={4}>{t.tableNoClaims}</td>
                  </tr>
                ) : (
                  rows.map((r) => (
                    <tr key={r.row}>
                      <th scope="row">
                        {r.indicator}
                        {r.unit !== '' ? <span className="muted small"> ({r.unit})</span> : null}
                      </th>
                      <td>{r.claim}</td>
                      <td>
                        <VerdictBadge verdict={r.verdict} lang={lang} />
                      </td>
                      <td data-message="engine">{rowMessage(r, lang)}</td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </div>
        );
      })}
    </section>
  );
}
