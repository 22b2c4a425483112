'use client';

import { Fragment, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { PeriodKey } from '@/lib/verify/reference-types';
import { useTable, type Header } from '@tanstack/react-table';
import { DataExportButtons } from '@/components/export/data-export-buttons';
import { useViewState } from '@/lib/url-state/use-view-state';
import { VERDICT_LABELS, compareVerdicts, type Lang } from '@/lib/verify/labels';
import { VERDICTS, type Verdict } from '@/lib/verify/types';
import { buildReportColumns, detailId } from './report-columns';
import styles from './report-table.module.css';
import { RowDetail } from './row-detail';
import { TABLE_STRINGS } from './strings';
import { reportFeatures, reportTableOptions, type ReportFeatures } from './table-features';
import type { ReportRow } from './types';

// Grammar: "#row-" then one or more digits, the whole hash. Example: "#row-5" → "5".
const ROW_HASH = /^#row-(\d+)$/;

function SortHeader({ header, lang }: { header: Header<ReportFeatures, ReportRow>; lang: Lang }) {
  const t = TABLE_STRINGS[lang];
  const column = header.column;
  const label = column.columnDef.meta?.label ?? column.id;
  const sorted = column.getIsSorted();
  const align = column.columnDef.meta?.align === 'end' ? styles.alignEnd : '';
  return (
    <th
      scope="col"
      className={`${align} ${column.id === 'indicator' ? styles.stickyCol : ''} ${column.id === 'verdict' ? styles.stickyVerdict : ''}`}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
    >
      {column.getCanSort() ? (
        <button
          type="button"
          className={styles.sortButton}
          onClick={column.getToggleSortingHandler()}
          title={t.sortBy(label)}
        >
          {label}
          <span aria-hidden="true" className={styles.sortMark}>
            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
          </span>
          {sorted ? <span className={styles.srOnly}>({sorted === 'asc' ? t.sortedAsc : t.sortedDesc})</span> : null}
        </button>
      ) : (
        label
      )}
    </th>
  );
}

/**
 * One report table as printed, with every claim checked: sort (header buttons), diacritic-blind
 * search, a verdict filter, column visibility and expandable rows with the arithmetic and the
 * provenance. Rows carry `id="row-<line>"` so other pages can link to them.
 * @example <ReportTable rows={rows} years={[2009, 2022]} lang="vi" caption="Bảng 2, giá trị như tài liệu in" tableId="bang-2-2009-2022" />
 */
export function ReportTable({
  rows,
  years,
  yearLabels,
  part,
  lang,
  caption,
  tableId,
  datasetId,
  totalRows,
}: {
  rows: ReportRow[];
  years: number[];
  /** The printed names of school-year columns (TableView.yearLabels), for their headers. */
  yearLabels?: Readonly<Record<number, string>>;
  /** The part of the year the value columns speak of (TableView.part), for their headers. */
  part?: PeriodKey;
  lang: Lang;
  caption: string;
  /** The table's id, for the CSV / XLSX export (no export buttons without it). */
  tableId?: string;
  /** The uploaded dataset the table belongs to (`?ds=`), for the export. */
  datasetId?: string;
  /** Rows of the whole table when `rows` is one page of it (the export's "all"). */
  totalRows?: number;
}) {
  const t = TABLE_STRINGS[lang];
  const ids = useId();
  const columns = useMemo(() => buildReportColumns(years, lang, part, yearLabels), [years, lang, part, yearLabels]);
  // Search and verdict filter start from the URL (`?q=…&verdict=…`) and are written back to it.
  const [view, setView] = useViewState();
  const table = useTable({
    features: reportFeatures,
    columns,
    data: rows,
    ...reportTableOptions,
    initialState: {
      globalFilter: view.q ?? '',
      columnFilters: view.verdict ? [{ id: 'verdict', value: view.verdict }] : [],
    },
  });

  // A link such as /bang/<id>#row-5 (from the verification report) opens that row's arithmetic.
  const [hashRow, setHashRow] = useState<string | null>(null);
  useEffect(() => {
    const read = () => setHashRow(ROW_HASH.exec(window.location.hash)?.[1] ?? null);
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
  // Opened once per hash, so the reader can still close the row afterwards.
  const openedFor = useRef<string | null>(null);
  useEffect(() => {
    if (hashRow === null || openedFor.current === hashRow) return;
    openedFor.current = hashRow;
    const target = table.getCoreRowModel().rows.find((r) => String(r.original.row) === hashRow);
    if (target && !target.getIsExpanded()) target.toggleExpanded(true);
    document.getElementById(`row-${hashRow}`)?.scrollIntoView({ block: 'center' });
  }, [hashRow, table]);

  const search = typeof table.state.globalFilter === 'string' ? table.state.globalFilter : '';
  const verdictFilter = table.state.columnFilters.find((f) => f.id === 'verdict')?.value;
  const verdictValue = typeof verdictFilter === 'string' ? verdictFilter : '';
  const sorted = table.state.sorting.length > 0;
  const present = useMemo(() => {
    const counts = new Map<Verdict, number>();
    for (const r of rows) counts.set(r.verdict, (counts.get(r.verdict) ?? 0) + 1);
    return [...counts].sort(([a], [b]) => compareVerdicts(a, b));
  }, [rows]);

  useEffect(() => {
    const verdict = VERDICTS.find((v) => v === verdictValue) ?? null;
    setView({ q: search.trim() === '' ? null : search, verdict });
  }, [search, verdictValue, setView]);

  const visibleRows = table.getRowModel().rows;
  const columnCount = table.getVisibleLeafColumns().length;
  const hideable = table.getAllLeafColumns().filter((c) => c.getCanHide());
  let lastSection: string | null = null;

  return (
    <div className={styles.wrapper}>
      <div className={styles.toolbar}>
        <div className={styles.field}>
          <label htmlFor={`${ids}-search`}>{t.searchLabel}</label>
          <input
            id={`${ids}-search`}
            type="search"
            value={search}
            placeholder={t.searchPlaceholder}
            onChange={(e) => table.setGlobalFilter(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <div className={styles.field}>
          <label htmlFor={`${ids}-verdict`}>{t.verdictFilterLabel}</label>
          <select
            id={`${ids}-verdict`}
            value={verdictValue}
            onChange={(e) => table.getColumn('verdict')?.setFilterValue(e.target.value === '' ? undefined : e.target.value)}
          >
            <option value="">
              {t.verdictAll} ({rows.length})
            </option>
            {present.map(([verdict, count]) => (
              <option key={verdict} value={verdict}>
                {VERDICT_LABELS[verdict].symbol} {VERDICT_LABELS[verdict].word[lang]} ({count})
              </option>
            ))}
          </select>
        </div>
        <details className={styles.columnsMenu}>
          <summary>{t.columnsButton}</summary>
          <fieldset>
            <legend className={styles.srOnly}>{t.columnsLegend}</legend>
            {hideable.map((column) => (
              <label key={column.id} className={styles.checkRow}>
                <input type="checkbox" checked={column.getIsVisible()} onChange={column.getToggleVisibilityHandler()} />
                {column.columnDef.meta?.label ?? column.id}
              </label>
            ))}
          </fieldset>
        </details>
        {sorted ? (
          <button type="button" className={styles.textButton} onClick={() => table.resetSorting(true)}>
            {t.resetSort}
          </button>
        ) : null}
        {tableId ? (
          <DataExportButtons
            source={{ kind: 'table', id: tableId }}
            visibleKeys={visibleRows.map((r) => r.original.key)}
            total={totalRows ?? rows.length}
            lang={lang}
            datasetId={datasetId}
          />
        ) : null}
      </div>
      <p className={styles.status} role="status">
        {t.showing(visibleRows.length, rows.length)}
      </p>
      <p className={styles.scrollHint}>{t.scrollHint}</p>
      <div className={styles.scroller} role="region" aria-label={t.tableRegion} tabIndex={0}>
        <table className={styles.table}>
          <caption className={styles.srOnly}>{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <SortHeader key={header.id} header={header} lang={lang} />
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {visibleRows.length === 0 ? (
              <tr>
                <td colSpan={columnCount} className={styles.noRows}>
                  {t.noRows}{' '}
                  <button
                    type="button"
                    className={styles.textButton}
                    onClick={() => {
                      table.resetGlobalFilter(true);
                      table.resetColumnFilters(true);
                    }}
                  >
                    {t.clearFilters}
                  </button>
                </td>
              </tr>
            ) : null}
            {visibleRows.map((row) => {
              const section = row.original.section;
              const heading = !sorted && section !== null && section !== lastSection;
              lastSection = section;
              const expanded = row.getIsExpanded();
              return (
                <Fragment key={row.id}>
                  {heading ? (
                    <tr className={styles.sectionRow}>
                      <th scope="colgroup" colSpan={columnCount}>
                        {section}
                      </th>
                    </tr>
                  ) : null}
                  <tr
                    id={`row-${row.original.row}`}
                    data-verdict={row.original.verdict}
                    className={`${styles.dataRow} ${expanded ? styles.expandedRow : ''}`}
                  >
                    {row.getVisibleCells().map((cell) => {
                      const meta = cell.column.columnDef.meta;
                      const className = `${meta?.align === 'end' ? styles.alignEnd : ''} ${
                        cell.column.id === 'indicator' ? styles.stickyCol : ''
                      } ${cell.column.id.startsWith('nam-') || cell.column.id === 'computed' ? styles.num : ''} ${
                        cell.column.id === 'claim' ? styles.claimCol : ''
                      } ${cell.column.id === 'verdict' ? styles.stickyVerdict : ''} ${
                        cell.column.id === 'note' || cell.column.id === 'source' ? styles.noteCol : ''
                      }`;
                      return meta?.rowHeader ? (
                        <th key={cell.id} scope="row" className={className}>
                          <table.FlexRender cell={cell} />
                        </th>
                      ) : (
                        <td key={cell.id} className={className}>
                          <table.FlexRender cell={cell} />
                        </td>
                      );
                    })}
                  </tr>
                  {expanded ? (
                    <tr id={detailId(row.original)} className={styles.detailRow}>
                      <td colSpan={columnCount}>
                        <RowDetail row={row.original} lang={lang} />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
