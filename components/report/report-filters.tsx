import Link from 'next/link';
import type { Lang } from '@/lib/i18n/lang';
import type { FilterOption, ReportFilterOptions, ReportFilters as Filters } from './filter-claims';
import styles from './report.module.css';
import { REPORT_STRINGS } from './strings';

/** One labelled select of the filter form: "all" first, then each option with its count. */
function FilterSelect({
  name,
  label,
  allLabel,
  options,
  value,
}: {
  name: 'verdict' | 'table' | 'indicator' | 'status';
  label: string;
  allLabel: string;
  options: readonly FilterOption[];
  value: string | null;
}) {
  return (
    <div className={styles.field}>
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ''}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label} ({o.count})
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The filters as a plain GET form: works without JavaScript, and every filtered view has a URL
 * that can be shared or cited (`/kiem-tra?verdict=mismatch`).
 * @example <ReportFilters options={options} filters={filters} lang="vi" langParam={null} />
 */
export function ReportFilters({
  options,
  filters,
  lang,
  langParam,
  review = null,
}: {
  options: ReportFilterOptions;
  filters: Filters;
  lang: Lang;
  /** The `lang` URL parameter, kept across a filter submit when the page was opened with one. */
  langParam: string | null;
  /** The review-status filter and the dataset (`ds`) the report shows, kept across a submit. */
  review?: { readonly label: string; readonly options: readonly FilterOption[]; readonly status: string | null; readonly datasetId: string | null } | null;
}) {
  const t = REPORT_STRINGS[lang];
  const active = filters.verdict !== null || filters.table !== null || filters.indicator !== null || (review?.status ?? null) !== null;
  const clearParams = new URLSearchParams();
  if (review?.datasetId) clearParams.set('ds', review.datasetId);
  if (langParam) clearParams.set('lang', langParam);
  const clearHref = clearParams.size > 0 ? `/kiem-tra?${clearParams.toString()}` : '/kiem-tra';
  return (
    <form method="get" action="/kiem-tra" className={`panel ${styles.filters}`} role="search" aria-labelledby="filters-title">
      <h2 id="filters-title" className={styles.filtersTitle}>
        {t.filtersTitle}
      </h2>
      {langParam ? <input type="hidden" name="lang" value={langParam} /> : null}
      {review?.datasetId ? <input type="hidden" name="ds" value={review.datasetId} /> : null}
      <div className={styles.filterFields}>
        <FilterSelect name="verdict" label={t.verdict} allLabel={t.all} options={options.verdicts} value={filters.verdict} />
        <FilterSelect name="table" label={t.table} allLabel={t.all} options={options.tables} value={filters.table} />
        <FilterSelect name="indicator" label={t.indicator} allLabel={t.all} options={options.indicators} value={filters.indicator} />
        {review ? <FilterSelect name="status" label={review.label} allLabel={t.all} options={review.options} value={review.status} /> : null}
        <div className={styles.filterActions}>
          <button type="submit" className="button">
            {t.apply}
          </button>
          {active ? (
            <Link href={clearHref} className="button button--secondary">
              {t.clear}
            </Link>
          ) : null}
        </div>
      </div>
    </form>
  );
}
