import type { CheckedTable } from '../verify/check-files';
import { planRowsOf } from '../verify/quality/plan-rows';
import { structureBlocksOf } from '../verify/quality/structure-shares';
import { totalGroupsOf } from '../verify/quality/table-totals';
import { closingTotalsOf, comparisonConfirmations, totalConfirmations } from '../verify/quality/confirmations';
import { columnSplitGroups, type ColumnTable } from '../verify/quality/column-splits';
import { yieldRowsOf, type YieldRow } from '../verify/quality/area-yield-output';
import type { TotalGroup } from '../verify/quality/group-sums';
import { qualityForIndicator, qualityForTable, reviewQuality, type QualityTableInput } from '../verify/quality/review-quality';
import { isShareUnit, type ShareCandidate } from '../verify/quality/share-groups';
import type { QualitySeries, QualityWarning } from '../verify/quality/types';
import { seriesKeyOf } from './series-key';
import type { Dataset, IndicatorView, RowView, TableView } from './types';

/** The most data-quality warnings a table keeps (its outline is read by every page of the dataset). */
export const MAX_TABLE_QUALITY = 200;

/** A dataset whose tables and indicators carry their warnings, and every warning once. */
export interface ReviewedDataset {
  readonly dataset: Dataset;
  readonly quality: readonly QualityWarning[];
}

/**
 * An indicator's series as the quality review reads it (each value with its own unit; a value
 * stored before units were kept per value takes the indicator's unit).
 *
 * @example
 * reviewSeries(qualitySeriesOf(indicator)) // the warnings of an indicator stored before the review existed
 */
export function qualitySeriesOf(indicator: IndicatorView): QualitySeries {
  return {
    indicatorId: indicator.id,
    indicator: indicator.name,
    points: indicator.points.map((p) => ({ year: p.year, value: p.value, decimals: p.decimals, raw: p.raw, unit: p.unit ?? indicator.unit })),
  };
}

/** A table row as a possible share (a `Cơ cấu …: …` row in %, or a row under a `Cơ cấu` section). */
function shareCandidateOf(row: RowView): ShareCandidate {
  const values = new Map<number, { raw: string; value: number; decimals: number }>();
  for (const c of row.cells) if (c.value !== null) values.set(c.year, { raw: c.raw, value: c.value, decimals: c.decimals });
  return { indicatorId: seriesKeyOf(row), indicator: row.seriesName ?? row.indicator, unit: row.unit, section: row.section, values };
}

/**
 * Reviews a built dataset (lib/verify/quality) and gives each table the warnings found in it or
 * on its indicators in its years (at most MAX_TABLE_QUALITY, with `qualityTotal` when more), and
 * each indicator the warnings that name it. `checked` are the tables the dataset was built from,
 * in the same order (their plan columns are read here).
 *
 * @example
 * attachQuality(dataset, outcome.tables).dataset.tables[0]?.quality // [{ code: 'scale-slip', … }]
 */
export function attachQuality(dataset: Dataset, checked: readonly CheckedTable[]): ReviewedDataset {
  const { tables, indicators } = dataset;
  const columnTables = checked.map((c, ti): ColumnTable => {
    const view = tables[ti];
    const keyOf = (_row: unknown, ri: number): string => {
      const r = view?.rows[ri];
      return r ? seriesKeyOf(r) : '';
    };
    return { table: c.table, tableId: view?.id ?? '', keyOf };
  });
  // A total and its parts printed as columns are read across the tables of one header (column-splits.ts).
  const across = new Map<string, TotalGroup[]>();
  for (const group of columnSplitGroups(columnTables)) {
    const list = across.get(group.tableId);
    if (list) list.push(group);
    else across.set(group.tableId, [group]);
  }
  // Area, yield and output printed as measures of one header: output = area × yield (area-yield-output.ts).
  const yieldRows = new Map<string, YieldRow[]>();
  for (const row of yieldRowsOf(columnTables)) yieldRows.set(row.tableId, [...(yieldRows.get(row.tableId) ?? []), row]);
  const quality = reviewQuality({
    series: indicators.map(qualitySeriesOf),
    tables: checked.map((c, ti): QualityTableInput => {
      const view = tables[ti];
      const { tableId, keyOf } = columnTables[ti] ?? { tableId: '', keyOf: () => '' };
      return {
        tableId,
        planRows: planRowsOf(c.table, tableId, keyOf),
        totals: [...totalGroupsOf(c.table, tableId, keyOf), ...(across.get(tableId) ?? [])],
        structures: structureBlocksOf(c.table, tableId, keyOf),
        yieldRows: yieldRows.get(tableId) ?? [],
        shareCandidates: (view?.rows ?? []).filter((row) => isShareUnit(row.unit)).map(shareCandidateOf),
        confirmed: [
          ...comparisonConfirmations(c.results, (ri) => (view?.rows[ri] ? seriesKeyOf(view.rows[ri]) : '')),
          ...totalConfirmations(closingTotalsOf(c.table, tableId, keyOf)),
        ],
      };
    }),
  });
  const reviewedTables = tables.map((t): TableView => {
    const found = qualityForTable(quality, t.id, new Set(t.rows.map(seriesKeyOf)), t.years);
    // A table's warnings travel with its outline to every page: a large upload keeps the first ones and their count.
    return found.length > MAX_TABLE_QUALITY ? { ...t, quality: found.slice(0, MAX_TABLE_QUALITY), qualityTotal: found.length } : { ...t, quality: found };
  });
  const reviewedIndicators = indicators.map((i): IndicatorView => ({ ...i, quality: qualityForIndicator(quality, i.id) }));
  return { dataset: { ...dataset, tables: reviewedTables, indicators: reviewedIndicators }, quality };
}
