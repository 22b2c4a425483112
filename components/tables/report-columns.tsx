import type { PeriodKey } from '@/lib/verify/reference-types';
import { VerdictBadge } from '@/components/verdict/verdict-badge';
import type { CellView } from '@/lib/dataset/types';
import type { Lang } from '@/lib/verify/labels';
import { formatRowFigure } from '@/lib/series/recomputed-figure';
import { displayCell } from './display-cell';
import { formatImplied } from './format-computed';
import styles from './report-table.module.css';
import { TABLE_STRINGS } from './strings';
import { filterVerdict, reportColumnHelper as helper, sortNumber, sortText, sortVerdict } from './table-features';
import type { ReportRow } from './types';

function cellOf(row: ReportRow, year: number): CellView | undefined {
  return row.cells.find((c) => c.year === year);
}

/**
 * The id of the detail row that an expand button controls.
 * @example detailId(row) // → "row-7-chi-tiet" for the row on line 7
 */
export function detailId(row: ReportRow): string {
  return `row-${row.row}-chi-tiet`;
}

function YearCell({ cell, lang }: { cell: CellView | undefined; lang: Lang }) {
  const t = TABLE_STRINGS[lang];
  if (!cell || cell.raw.trim() === '') {
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className={styles.srOnly}>{t.missingValue}</span>
      </>
    );
  }
  return (
    <>
      {displayCell(cell)}
      {cell.warning ? (
        <>
          {' '}
          <span className={styles.warnMark} title={cell.warning[lang]} aria-hidden="true">
            ⚠
          </span>
          <span className={styles.srOnly} lang={lang} data-message="engine">
            ({t.warningMark}: {cell.warning[lang]})
          </span>
        </>
      ) : null}
    </>
  );
}

/**
 * The report table's columns: STT, indicator (with the expand button), unit, one column per
 * year with the value as printed, the printed claim, the recomputed figure, the row's note and
 * source (both in the column chooser), and the verdict last (kept in view on a phone).
 * @example buildReportColumns([2009, 2022], 'vi') // → the column definitions for useReactTable
 */
export function buildReportColumns(years: readonly number[], lang: Lang, part: PeriodKey = '', yearLabels: Readonly<Record<number, string>> = {}) {
  const t = TABLE_STRINGS[lang];
  return helper.columns([
    helper.accessor((row) => row.stt ?? undefined, {
      id: 'stt',
      header: t.colStt,
      sortFn: sortText,
      sortUndefined: 'last',
      meta: { label: t.colStt, align: 'end' },
      cell: (info) => info.getValue() ?? '',
    }),
    helper.accessor('indicator', {
      header: t.colIndicator,
      sortFn: sortText,
      enableHiding: false,
      meta: { label: t.colIndicator, rowHeader: true },
      cell: ({ row }) => {
        const expanded = row.getIsExpanded();
        const name = row.original.indicator;
        return (
          <span className={styles.indicatorCell}>
            <button
              type="button"
              className={styles.expandButton}
              aria-expanded={expanded}
              aria-controls={expanded ? detailId(row.original) : undefined}
              aria-label={expanded ? t.collapseRow(name) : t.expandRow(name)}
              onClick={() => row.toggleExpanded()}
            >
              <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
            </button>
            <span>{name}</span>
          </span>
        );
      },
    }),
    helper.accessor('unit', {
      header: t.colUnit,
      sortFn: sortText,
      meta: { label: t.colUnitLong },
    }),
    ...years.map((year) =>
      helper.accessor((row) => cellOf(row, year)?.value ?? undefined, {
        id: `nam-${year}`,
        header: yearLabels[year] ?? t.colYear(year, part),
        sortFn: sortNumber,
        sortUndefined: 'last',
        meta: { label: yearLabels[year] ?? t.colYear(year, part), align: 'end' },
        cell: ({ row }) => <YearCell cell={cellOf(row.original, year)} lang={lang} />,
      }),
    ),
    helper.accessor((row) => row.claim ?? undefined, {
      id: 'claim',
      header: t.colClaim,
      sortFn: sortText,
      sortUndefined: 'last',
      meta: { label: t.colClaim },
      cell: (info) => info.getValue() ?? <span className={styles.muted}>{t.noClaim}</span>,
    }),
    helper.accessor((row) => row.computed ?? undefined, {
      id: 'computed',
      header: t.colComputed,
      sortFn: sortNumber,
      sortUndefined: 'last',
      meta: { label: t.colComputed, align: 'end' },
      cell: ({ row }) => {
        const text = formatRowFigure(row.original, lang);
        if (text !== null) return text;
        const implied = formatImplied(row.original, lang);
        if (implied !== null) {
          return (
            <span title={t.detailImplied}>
              <span className={styles.impliedTag}>{t.impliedTag}</span>
              <span className={styles.impliedValue}>{implied}</span>
            </span>
          );
        }
        return (
          <>
            <span aria-hidden="true">—</span>
            <span className={styles.srOnly}>{row.original.claim === null ? t.noClaim : t.notComputed}</span>
          </>
        );
      },
    }),
    helper.accessor((row) => row.note ?? undefined, {
      id: 'note',
      header: t.colNote,
      sortFn: sortText,
      sortUndefined: 'last',
      meta: { label: t.colNote },
      cell: (info) => info.getValue() ?? '',
    }),
    helper.accessor((row) => row.source ?? undefined, {
      id: 'source',
      header: t.colSource,
      sortFn: sortText,
      sortUndefined: 'last',
      meta: { label: t.colSource },
      cell: (info) => info.getValue() ?? '',
    }),
    helper.accessor('verdict', {
      header: t.colVerdict,
      sortFn: sortVerdict,
      filterFn: filterVerdict,
      meta: { label: t.colVerdict },
      cell: ({ row }) => <VerdictBadge verdict={row.original.verdict} lang={lang} showCode />,
    }),
  ]);
}
