import 'server-only';
import type { RowView } from '../../dataset/types';
import { buildRowsSheet, type RowsSheetOptions } from '../../export/rows-sheet';
import { selectRows } from '../../export/select-rows';
import { buildSeriesSheet } from '../../export/series-sheet';
import type { ExportColumn, ExportRow } from '../../export/types';
import type { YearSpan } from '../../export/file-name';
import type { DatasetReader } from '../data';
import type { RowRange, RowWindow } from '../store/types';
import type { ExportRequest } from './export-request';
import { readWindows } from './read-windows';

/**
 * An export ready to write: the sheet's title and columns at once, its rows as they are read
 * from the store (window by window), with what the file name and the information sheet need.
 */
export interface BuiltExport {
  readonly title: string;
  readonly columns: readonly ExportColumn[];
  /** Each call reads the rows again from the start, in the order they are written. */
  readonly rows: () => AsyncIterable<ExportRow>;
  /** What the file is named after (table title, indicator name, report title). */
  readonly fileTitle: string;
  readonly years: YearSpan;
  /** Rows exported and rows available: `filtered` when the user exported only what they see. */
  readonly exported: number;
  readonly total: number;
  readonly filtered: boolean;
  /** The section the rows come from, when there is one. */
  readonly section: string | null;
  /** The table's footer notes and sources, as printed under it. */
  readonly notes: readonly string[];
}

export type BuildExportResult = { readonly ok: true; readonly value: BuiltExport } | { readonly ok: false; readonly reason: 'not-found'; readonly message: string };

const FINDINGS_TITLE = { vi: 'Kết quả kiểm tra số liệu', en: 'Verification results' } as const;

type WindowedRead = (range: RowRange) => Promise<RowWindow | null>;

/** Every row behind `read` as sheet rows, one window of rows turned into sheet rows at a time. */
async function* sheetRows(read: WindowedRead, options: RowsSheetOptions): AsyncGenerator<ExportRow, void, undefined> {
  for await (const rows of readWindows(read)) yield* buildRowsSheet(rows, options).rows;
}

/**
 * The listed rows only, in the order of `keys`: the windows are scanned and only the matching
 * rows kept (at most MAX_KEYS of them).
 */
async function listedRows(read: WindowedRead, keys: readonly string[]): Promise<RowView[]> {
  const wanted = new Set(keys);
  const found: RowView[] = [];
  if (wanted.size === 0) return found;
  for await (const rows of readWindows(read)) for (const row of rows) if (wanted.has(row.key)) found.push(row);
  return selectRows(found, (r) => r.key, keys);
}

/** The export of rows read by window: all of them streamed, or the listed ones gathered first. */
async function rowsExport(
  read: WindowedRead,
  total: number,
  keys: readonly string[] | null,
  options: RowsSheetOptions,
  about: Pick<BuiltExport, 'fileTitle' | 'years' | 'section' | 'notes'>,
): Promise<BuiltExport> {
  const { columns, title } = buildRowsSheet([], options);
  if (keys === null) {
    return { ...about, title, columns, rows: () => sheetRows(read, options), exported: total, total, filtered: false };
  }
  const listed = await listedRows(read, keys);
  const rows = buildRowsSheet(listed, options).rows;
  return { ...about, title, columns, rows: async function* () { yield* rows; }, exported: rows.length, total, filtered: true };
}

/**
 * Builds the export for a request from the dataset (the server's data, never the client's): one
 * report table, one indicator's series, or every checked claim (worst first). Only the listed
 * keys when the request lists them, in their order. Rows are read through the reader's windows,
 * so a whole export is never held in memory (a filtered one holds only the listed rows).
 *
 * @example
 * const built = await buildExport(memoryReader(getDataset()), { source: { kind: 'table', id: 'bang-2-2009-2022' }, keys: null, lang: 'vi', delimiter: ';', numberStyle: 'vi' });
 * // { ok: true, value: { title: 'Bảng 2 …', columns, rows, fileTitle: 'Bảng 2 …', years: [2009, 2022], exported: 14, total: 14, filtered: false, section: … } }
 */
export async function buildExport(reader: DatasetReader, request: ExportRequest): Promise<BuildExportResult> {
  const { source, keys, lang } = request;
  const sectionTitle = (id: string | null) => (id === null ? null : (reader.document.sections.find((s) => s.id === id)?.title ?? null));

  if (source.kind === 'table') {
    const table = reader.tables.find((t) => t.id === source.id);
    if (!table) return { ok: false, reason: 'not-found', message: `Không có bảng “${source.id}” trong bộ số liệu.` };
    const value = await rowsExport(
      (range) => reader.tableRows(table.id, range),
      table.rowCount,
      keys,
      { title: table.title, lang, years: table.years },
      { fileTitle: table.title, years: table.years, section: sectionTitle(table.section), notes: table.notes ?? [] },
    );
    return { ok: true, value };
  }

  if (source.kind === 'indicator') {
    // A series has one point per year: small, read whole.
    const found = await reader.indicator(source.id, { offset: 0, limit: 1 });
    if (!found) return { ok: false, reason: 'not-found', message: `Không có chỉ tiêu “${source.id}” trong bộ số liệu.` };
    const { indicator } = found;
    const points = selectRows(indicator.points, (p) => String(p.year), keys);
    const sheet = buildSeriesSheet({ ...indicator, points }, lang);
    return {
      ok: true,
      value: {
        title: sheet.title,
        columns: sheet.columns,
        rows: async function* () {
          yield* sheet.rows;
        },
        fileTitle: indicator.name,
        years: points.map((p) => p.year),
        exported: points.length,
        total: indicator.points.length,
        filtered: keys !== null,
        section: null,
        notes: [],
      },
    };
  }

  const title = FINDINGS_TITLE[lang];
  const tableTitles = new Map(reader.tables.map((t) => [t.id, t.title]));
  const value = await rowsExport((range) => reader.findings(range), reader.claimCount, keys, { title, lang, years: null, tableTitles }, { fileTitle: title, years: null, section: null, notes: [] });
  return { ok: true, value };
}
