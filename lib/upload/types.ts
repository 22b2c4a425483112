import type { PeriodKey } from '../verify/reference-types';
/**
 * The JSON shapes of the upload API (`/api/datasets`, `/api/verify`, `/api/sheets`). Types only,
 * so both the route handlers and the client upload page may import this module.
 */
import type { RoleCorrection } from '../tables/apply-roles';
import type { HeaderLine } from '../tables/header-rows';
import type { ColumnRole, Delimiter, Encoding, LegacyFont, TableError, TableShape, TableWarning } from '../tables/types';
import type { VerdictCounts } from '../dataset/types';
import type { RowResult } from '../verify/result';

/** How an uploaded file was sent: a text table (CSV/TSV/TXT) or an Excel workbook. */
export type UploadFormat = 'csv' | 'xlsx';

/** What the reader recognised in one file, for the "Mã hoá UTF-16, phân cách: tab…" line. */
export interface Recognition {
  /** The file name as uploaded. */
  readonly file: string;
  readonly format: UploadFormat;
  /** For XLSX: the sheet that was read, and every sheet in the workbook. */
  readonly sheet: string | null;
  readonly sheets: readonly string[];
  /** `report` (a table as printed) or `series` (long, one value per line). */
  readonly kind: 'report' | 'series';
  /** For text files: the detected encoding and delimiter (null for XLSX). */
  readonly encoding: Encoding | null;
  readonly delimiter: Delimiter | null;
  /** 1-based line (XLSX: sheet row) of the header. */
  readonly headerRow: number;
  /**
   * The years compared by the claim column, if any; `fromPlan` when it compares the year with the plan; `part` when
   * the values are of a part of each year (a monthly report's October: `T10`).
   */
  readonly compare: { readonly from: number; readonly to: number; readonly fromPlan?: boolean; readonly part?: PeriodKey } | null;
  readonly years: readonly number[];
  /** Indicator rows (report) or distinct indicators (series). */
  readonly indicatorCount: number;
  /** Data rows (report) or points (series). */
  readonly rowCount: number;
  /** Rows with a claim to check. */
  readonly claimCount: number;
  readonly numberStyle: 'vi' | 'en';
  /**
   * Warnings that did not refuse the file, as typed values (code, data, file, row, column); the
   * pages word them with `describeTableProblem(warning, lang)`. At most 50 per file.
   */
  readonly warnings: readonly TableWarning[];
  /** How many more warnings the file had beyond those kept. */
  readonly moreWarnings: number;
  /** The legacy font (TCVN3, VNI) the text was typed in and converted from; absent when Unicode. */
  readonly legacyFont?: LegacyFont;
  /** Whether the years run across the columns or down the rows (absent: across). */
  readonly shape?: TableShape;
  /** The table's name as its reader gives it (`bang.csv`, `bang.xlsx (Trang1) #2`), which role corrections refer to. */
  readonly table?: string;
  /** The user's corrections of column roles applied to this table (kept with the dataset, reused by a recheck). */
  readonly roles?: readonly RoleCorrection[];
  /** The table's header rows after folding (lib/tables/header-signature.ts): corrections are reused by it. */
  readonly headerKey?: string;
  /** The header rows the user chose for this table (1-based lines), when they did. */
  readonly headerForced?: LineRange;
  /**
   * With `headerForced`: the signature of the raw rows chosen (rawHeaderSignature), under which
   * the correction (header rows and roles) is saved and found again.
   */
  readonly headerRowsKey?: string;
  /** Set when `roles` came (at least in part) from corrections saved with an earlier dataset of the same header. */
  readonly reused?: ReusedCorrection;
}

/** Where a reused role correction came from. */
export interface ReusedCorrection {
  /** The dataset id and its name when the correction was found. */
  readonly dataset: string;
  readonly name: string;
  /** How many columns it set. */
  readonly columns: number;
  /** The header rows it set (1-based lines), when it was a header-rows correction. */
  readonly headerRows?: LineRange;
}

/** Lines `from`–`to` of a file or sheet, 1-based and inclusive. */
export interface LineRange {
  readonly from: number;
  readonly to: number;
}

/** One stored original file (the bytes themselves are not sent). */
export interface StoredFileInfo {
  readonly name: string;
  readonly format: UploadFormat;
  readonly sheet: string | null;
  readonly size: number;
  /** Hex SHA-256 of the original bytes. */
  readonly sha256: string;
}

/** A dataset as listed: everything but the checked rows. */
export interface DatasetSummary {
  readonly id: string;
  readonly name: string;
  /** ISO 8601 instants. */
  readonly createdAt: string;
  readonly updatedAt: string;
  /** When the stored bytes were last checked (upload or recheck). */
  readonly checkedAt: string;
  readonly counts: VerdictCounts;
  readonly claimCount: number;
  readonly rowCount: number;
  readonly files: readonly StoredFileInfo[];
  readonly recognised: readonly Recognition[];
}

/** Links from a dataset to its table and indicator views. */
export interface DatasetLinks {
  readonly tables: readonly { readonly id: string; readonly title: string }[];
  readonly indicators: readonly { readonly id: string; readonly name: string }[];
}

/** `GET /api/datasets/:id`. */
export interface DatasetDetail extends DatasetSummary, DatasetLinks {
  /** Spec §4 results: every checked row. */
  readonly results: readonly RowResult[];
}

/** An upload's answer lists every row and indicator only up to this many rows; a larger dataset's are read with `GET /api/datasets/:id`. */
export const ANSWER_ROWS = 10_000;
/** How many findings an upload's answer lists, worst first. */
export const ANSWER_FINDINGS = 30;

/** What a check answers besides the stored summary (see DatasetAnswer). */
export interface CheckAnswer {
  readonly tables: DatasetLinks['tables'];
  /** The worst findings (not `none`), worst first, at most ANSWER_FINDINGS: what the upload page lists. */
  readonly findings: readonly RowResult[];
  /** Spec §4 results, every checked row: only when the dataset has at most ANSWER_ROWS rows. */
  readonly results?: readonly RowResult[];
  /** With `results`. */
  readonly indicators?: DatasetLinks['indicators'];
  /** How many data-quality warnings and notes the review found (the dataset's page lists them); absent before it was given. */
  readonly quality?: { readonly warnings: number; readonly notes: number };
}

/** `POST /api/datasets` (201) and `POST /api/datasets/:id/recheck`: the stored summary and the check's answer. */
export interface DatasetAnswer extends DatasetSummary, CheckAnswer {
  /** `POST /api/datasets` only, when some were: the sheets read without a table (not stored). */
  readonly skipped?: readonly SkippedSheet[];
}

/** `POST /api/verify`: spec §4 plus what was recognised. */
export interface VerifyResponse {
  readonly results: readonly RowResult[];
  readonly recognised: readonly Recognition[];
}

/** Every API error: one sentence (Vietnamese, or English with `?lang=en`) naming file, row and column where they apply. */
export interface ApiErrorBody {
  readonly error: string;
}

/** One column as the reader recognised it, for the "Đã nhận ra" preview. */
export interface PreviewColumn {
  /** 0-based position in the table. */
  readonly index: number;
  /** The header as read (a multi-row header joined top to bottom). */
  readonly header: string;
  readonly role: ColumnRole;
  readonly year: number | null;
  /** The label of the column group it belongs to (a yearbook's indicator over its years), if any. */
  readonly group: string | null;
}

/** One row as read: indicator, unit, the value of each year, the plan and the printed claim. */
export interface PreviewRow {
  readonly line: number;
  readonly section: string | null;
  readonly indicator: string;
  readonly unit: string;
  /** Raw value cells, in the order of `PreviewTable.years`. */
  readonly values: readonly string[];
  readonly plan: string | null;
  readonly claim: string | null;
  readonly verdict: import('../verify/types').Verdict;
}

/** What was read from one table before anything is stored (`POST /api/recognise`). */
export interface PreviewTable {
  /** The table's name as the reader gives it; role corrections refer to it. */
  readonly table: string;
  readonly file: string;
  readonly sheet: string | null;
  readonly title: string | null;
  /** The 1-based lines (sheet rows) joined into the column headers. */
  readonly headerRows: readonly number[];
  /** The raw rows around the header (line and cells), to choose the header rows from. */
  readonly headerLines: readonly HeaderLine[];
  /** The header rows the user chose, when they did (else the reader found them). */
  readonly headerForced: LineRange | null;
  readonly years: readonly number[];
  /** Years whose column is an estimate (`Ước năm 2023`). */
  readonly estimateYears: readonly number[];
  readonly compare: { readonly from: number; readonly to: number } | null;
  readonly shape: TableShape;
  readonly numberStyle: 'vi' | 'en';
  readonly columns: readonly PreviewColumn[];
  /** The first rows (at most 8). */
  readonly rows: readonly PreviewRow[];
  readonly rowCount: number;
  readonly sections: readonly string[];
  readonly notes: readonly string[];
  readonly claimCount: number;
  /** Claims that could not be computed (unparsed or not computable). */
  readonly uncomputable: number;
  readonly warnings: readonly TableWarning[];
  readonly legacyFont: LegacyFont | null;
  /** The corrections already applied. */
  readonly roles: readonly RoleCorrection[];
  /** Set when a correction saved with an earlier dataset of the same header was applied (the user may undo it). */
  readonly reused: ReusedCorrection | null;
}

/** A sheet of a workbook read whole that held no table, and why (worded by `describeTableProblem`). */
export interface SkippedSheet {
  /** As the reader names it: `bieu.xlsx (Ghi chú)`. */
  readonly name: string;
  readonly error: TableError;
}

/** `POST /api/recognise`: every report table read from the upload, and the long series (as recognised). */
export interface RecognisePreview {
  readonly tables: readonly PreviewTable[];
  readonly series: readonly Recognition[];
  readonly skipped: readonly SkippedSheet[];
}
