import Link from 'next/link';
import type { Lang } from '@/lib/i18n/lang';
import type { ReportFilterOptions, ReportFilters as Filters } from './filter-claims';
import styles from './report.module.css';
import { REPORT_STRINGS } from './strings';

/**
 * The filters as a plain GET form: works without JavaScript, and every filtered view has a URL
 * that can be shared or cited (`/kiem-tra?verdict=mismatch`).
 */
export function ReportFilters({
  options,
  filters,
  lang,
  langParam,
}: {
  options: ReportFilterOptions;
  filters: Filters;
  lang: Lang;
  /** The `lang` URL parameter, kept across a filter submit when the page was opened with one. */
  langParam: string | null;
}) {
  const t = REPORT_STRINGS[lang];
  const active = filters.verdict !== null || filters.table !== null || filters.indicator !== null;
  return (
    <form method="get" action="/kiem-tra" className={`panel ${styles.filters}`} role="search" aria-labelledby="filters-title">
      <h2 id="filters-title" className={styles.filtersTitle}>
        {t.filtersTitle}
      </h2>
      {langParam ? <input type="hidden" name="lang" value={langParam} /> : null}
      <div className={styles.filterFields}>
        <div className={styles.field}>
          <label htmlFor="filter-verdict">{t.verdict}</label>
          <select id="filter-verdict" name="verdict" defaultValue={filters.verdict ?? ''}>
            <option value="">{t.all}</option>
            {options.verdicts.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label} ({o.count})
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor="filter-table">{t.table}</label>
          <select id="filter-table" name="table" defaultValue={filters.table ?? ''}>
            <option value="">{t.all}</option>
            {options.tables.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label} ({o.count})
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor="filter-indicator">{t.indicator}</label>
          <select id="filter-indicator" name="indicator" defaultValue={filters.indicator ?? ''}>
            <option value="">{t.all}</option>
            {options.indicators.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label} ({o.count})
              </option>
            ))}
          </select>
        </div>
        <div className={styles.filterActions}>
          <button type="submit" className="button">
            {t.apply}
          </button>
          {active ? (
            <Link href={langParam ? `/kiem-tra?lang=${langParam}` : '/kiem-tra'} className="button button--secondary">
              {t.clear}
            </Link>
          ) : null}
        </div>
      </div>
    </form>
  );
}
