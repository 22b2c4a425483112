import 'server-only';
import type { ReportTable, TableRow } from '../../tables/types';
import type { PreviewRow, PreviewTable, RecognisePreview, Recognition } from '../../upload/types';
import type { CheckedTable } from '../../verify/check-files';
import type { Analysis } from './analyse-upload';

/** The preview shows this many rows of each table. */
const PREVIEW_ROWS = 8;

function previewRow(table: ReportTable, row: TableRow, verdict: PreviewRow['verdict']): PreviewRow {
  return {
    line: row.line,
    section: row.section,
    indicator: row.indicator,
    unit: row.unit,
    values: table.years.map((year) => row.values[year]?.raw ?? ''),
    plan: row.plan?.raw ?? null,
    claim: row.claim,
    verdict,
  };
}

function previewTable({ table, results }: CheckedTable, recognised: Recognition | undefined): PreviewTable {
  const claims = results.filter((r) => r.claim !== null);
  return {
    table: table.file,
    file: recognised?.file ?? table.file,
    sheet: recognised?.sheet ?? null,
    title: table.title,
    headerRows: table.headerRows,
    headerLines: table.headerLines ?? [],
    headerForced: table.headerForced ?? null,
    years: table.years,
    estimateYears: table.columns.flatMap((c) => (c.role === 'estimate' && c.year !== undefined ? [c.year] : [])),
    compare: table.compare ? { from: table.compare.from, to: table.compare.to } : null,
    shape: table.shape,
    numberStyle: table.meta.numberStyle,
    columns: table.columns.map((c) => ({ index: c.index, header: c.header, role: c.role, year: c.year ?? null, group: c.group ?? null })),
    rows: table.rows.slice(0, PREVIEW_ROWS).map((row, i) => previewRow(table, row, results[i]?.verdict ?? 'none')),
    rowCount: table.rows.length,
    sections: table.sections.map((s) => s.title),
    notes: table.notes,
    claimCount: claims.length,
    uncomputable: claims.filter((r) => r.verdict === 'unparsed' || r.verdict === 'not_computable').length,
    warnings: (recognised?.warnings ?? table.warnings).slice(0, 20),
    legacyFont: recognised?.legacyFont ?? null,
    roles: recognised?.roles ?? [],
    reused: recognised?.reused ?? null,
  };
}

/**
 * What the "Đã nhận ra" preview shows of an analysed upload: for each report table its header
 * rows, years (estimates marked), shape, number style, each column's role and the first rows as
 * read, with how many claims could not be computed. Nothing is stored.
 *
 * @example
 * const analysis = await analyseInPool(files, limits);
 * if (analysis.ok) recognisePreview(analysis.value).tables[0]?.years // [2014, 2015, 2016]
 */
export function recognisePreview(analysis: Analysis): RecognisePreview {
  const byTable = new Map(analysis.recognised.flatMap((r) => (r.table === undefined ? [] : [[r.table, r] as const])));
  return {
    tables: analysis.tables.map((checked) => previewTable(checked, byTable.get(checked.table.file))),
    series: analysis.recognised.filter((r) => r.kind === 'series'),
    skipped: analysis.skipped.map((s) => ({ name: s.name, error: s.error })),
  };
}
