import Link from 'next/link';
import { VerdictBadge } from '@/components/verdict/verdict-badge';
import type { TableView } from '@/lib/dataset/types';
import type { Lang } from '@/lib/i18n/lang';
import styles from './overview.module.css';
import { OVERVIEW_STRINGS } from './strings';
import { countRowVerdicts } from './verdict-counts';

function yearSpan(table: TableView): string {
  if (table.compare) {
    return table.compare.from === table.compare.to ? String(table.compare.to) : `${table.compare.from}–${table.compare.to}`;
  }
  const first = table.years[0];
  const last = table.years[table.years.length - 1];
  if (first === undefined || last === undefined) return '';
  return first === last ? String(first) : `${first}–${last}`;
}

/**
 * The report tables, each with its row count and a verdict mini-summary.
 * @example <TableList tables={dataset.tables} lang="vi" />
 */
export function TableList({ tables, lang }: { tables: readonly TableView[]; lang: Lang }) {
  const t = OVERVIEW_STRINGS[lang];
  return (
    <section aria-labelledby="tables-title">
      <h2 id="tables-title">{t.tablesTitle}</h2>
      <ul className={styles.tableList}>
        {tables.map((table) => {
          const verdicts = countRowVerdicts(table.rows);
          return (
            <li key={table.id} className={`card ${styles.tableItem}`}>
              <h3 className={styles.tableTitle}>
                <Link href={`/bang/${table.id}`}>{table.title}</Link>
              </h3>
              <p className="muted small">
                {t.tableRows(table.rows.length)}
                {yearSpan(table) ? ` · ${t.tableYears} ${yearSpan(table)}` : null}
              </p>
              {verdicts.length > 0 ? (
                <ul className={styles.miniSummary} aria-label={t.tableVerdicts}>
                  {verdicts.map(({ verdict, count }) => (
                    <li key={verdict}>
                      <VerdictBadge verdict={verdict} lang={lang} /> <span className="num">× {count}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted small">{t.tableNoClaims}</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
