import 'server-only';
import type { Dataset } from '../../dataset/types';
import { buildRowsSheet } from '../../export/rows-sheet';
import { selectRows } from '../../export/select-rows';
import { buildSeriesSheet } from '../../export/series-sheet';
import type { ExportSheet } from '../../export/types';
import type { YearSpan } from '../../export/file-name';
import { compareVerdicts } from '../../verify/labels';
import type { ExportRequest } from './export-request';

/** A sheet ready to write, with what the file name and the information sheet need. */
export interface BuiltExport {
  readonly sheet: ExportSheet;
  /** What the file is named after (table title, indicator name, report title). */
  readonly fileTitle: string;
  readonly years: YearSpan;
  /** Rows exported and rows available: `filtered` when the user exported only what they see. */
  readonly exported: number;
  readonly total: number;
  readonly filtered: boolean;
  /** The section the rows come from, when there is one. */
  readonly section: string | null;
}

export type BuildExportResult = { readonly ok: true; readonly value: BuiltExport } | { readonly ok: false; readonly reason: 'not-found'; readonly message: string };

const FINDINGS_TITLE = { vi: 'Kết quả kiểm tra số liệu', en: 'Verification results' } as const;

/**
 * Builds the sheet for an export request from the dataset (the server's data, never the
 * client's): one report table, one indicator's series, or every checked claim (worst first).
 * Only the listed keys when the request lists them, in their order.
 *
 * @example
 * buildExport(getDataset()!, { source: { kind: 'table', id: 'bang-2-2009-2022' }, keys: null, lang: 'vi', delimiter: ';', numberStyle: 'vi' })
 * // { ok: true, value: { sheet, fileTitle: 'Bảng 2 …', years: [2009, 2022], exported: 14, total: 14, filtered: false, section: … } }
 */
export function buildExport(dataset: Dataset, request: ExportRequest): BuildExportResult {
  const { source, keys, lang } = request;
  const sectionTitle = (id: string | null) => (id === null ? null : (dataset.document.sections.find((s) => s.id === id)?.title ?? null));

  if (source.kind === 'table') {
    const table = dataset.tables.find((t) => t.id === source.id);
    if (!table) return { ok: false, reason: 'not-found', message: `Không có bảng “${source.id}” trong bộ số liệu.` };
    const rows = selectRows(table.rows, (r) => r.key, keys);
    const sheet = buildRowsSheet(rows, { title: table.title, lang, years: table.years });
    return {
      ok: true,
      value: { sheet, fileTitle: table.title, years: table.years, exported: rows.length, total: table.rows.length, filtered: keys !== null, section: sectionTitle(table.section) },
    };
  }

  if (source.kind === 'indicator') {
    const indicator = dataset.indicators.find((i) => i.id === source.id);
    if (!indicator) return { ok: false, reason: 'not-found', message: `Không có chỉ tiêu “${source.id}” trong bộ số liệu.` };
    const points = selectRows(indicator.points, (p) => String(p.year), keys);
    const sheet = buildSeriesSheet({ ...indicator, points }, lang);
    const years = points.map((p) => p.year);
    return {
      ok: true,
      value: { sheet, fileTitle: indicator.name, years, exported: points.length, total: indicator.points.length, filtered: keys !== null, section: null },
    };
  }

  const worstFirst = dataset.claims
    .map((row, index) => ({ row, index }))
    .sort((a, b) => compareVerdicts(a.row.verdict, b.row.verdict) || a.index - b.index)
    .map((x) => x.row);
  const rows = selectRows(worstFirst, (r) => r.key, keys);
  const tableTitles = new Map(dataset.tables.map((t) => [t.id, t.title]));
  const title = FINDINGS_TITLE[lang];
  const sheet = buildRowsSheet(rows, { title, lang, years: null, tableTitles });
  return {
    ok: true,
    value: { sheet, fileTitle: title, years: null, exported: rows.length, total: dataset.claims.length, filtered: keys !== null, section: null },
  };
}
