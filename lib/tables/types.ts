import type { NumberStyle } from '../numbers/types';
import type { TextEncoding } from '../text/decode-text';
import type { LegacyFont } from '../text/legacy-fonts';

export type Encoding = TextEncoding;
export type Delimiter = ',' | ';' | '\t';

/** Where a problem sits in a file. `row` and `column` are 1-based as a spreadsheet shows them. */
export interface Location {
  readonly file: string;
  readonly row?: number;
  readonly column?: string;
}

/** Why a file is not a text table (all give code `not-text`). */
export type NotTextKind = 'pdf' | 'zip' | 'xls' | 'spreadsheet-xml' | 'spreadsheet-html' | 'binary';

/**
 * A user's correction of a table's header rows (the "Đã nhận ra" preview): the table its reader
 * names `table` (`bang.csv`, `bang.csv #2`, `bieu.xlsx (Biểu 02)`) takes exactly the lines
 * `from`–`to` (1-based, inclusive, as the preview and a spreadsheet number them) as its header.
 */
export interface HeaderRowsCorrection {
  readonly table: string;
  readonly from: number;
  readonly to: number;
}

/** One raw row near a table's header, as the preview lists it to choose from: its line and its cells. */
export interface HeaderLine {
  readonly line: number;
  /** The row's cells, whitespace collapsed, long cells cut, trailing empty cells dropped. */
  readonly cells: readonly string[];
}

/**
 * Why a header-rows correction is refused (code `bad-header-rows`): lines out of order or not
 * whole numbers, more rows than allowed, past the last line, above where the table starts, inside
 * a quoted multi-line cell, or all empty.
 */
export type HeaderRowsProblem = 'order' | 'too-many' | 'beyond-table' | 'before-table' | 'inside-cell' | 'empty';

/** Why a long-series row is refused (code `bad-series-row`). */
export type BadSeriesProblem = 'bad-year' | 'missing-indicator';

/**
 * A reason a file is refused: a code, the data its message needs, and where it sits. The text is
 * built from these by `describeTableProblem(error, lang)` (lib/tables/messages.ts).
 */
export type TableError = Location &
  (
    | { readonly code: 'empty-file' }
    | { readonly code: 'no-rows' }
    | { readonly code: 'no-indicator-column' }
    | { readonly code: 'no-year-column' }
    /** A long series whose header has no `value`/`giá trị` column. */
    | { readonly code: 'no-value-column' }
    | { readonly code: 'not-text'; readonly kind: NotTextKind }
    /** Over the byte limit (`size`, `limit` in bytes) or the row limit (`limit` rows). */
    | { readonly code: 'too-large'; readonly unit: 'bytes'; readonly size: number; readonly limit: number }
    | { readonly code: 'too-large'; readonly unit: 'rows'; readonly limit: number }
    | { readonly code: 'unbalanced-quotes' }
    /** `column` is the second column with the year; `firstColumn` the first. */
    | { readonly code: 'duplicate-year-column'; readonly year: number; readonly firstColumn: string }
    | { readonly code: 'bad-series-row'; readonly problem: BadSeriesProblem; readonly raw: string }
    /** The user's header rows for the table named `file` cannot be used; `row` is the line at fault. */
    | { readonly code: 'bad-header-rows'; readonly problem: HeaderRowsProblem }
  );

/** A problem that does not refuse the file (a non-numeric value cell, mixed number styles…). */
export type TableWarning = Location &
  (
    | { readonly code: 'not-a-number'; readonly raw: string }
    /** A cell written with both `.` and `,`; the last mark was read as the decimal mark. */
    | { readonly code: 'mixed-marks'; readonly raw: string }
    | { readonly code: 'dotted-decimal'; readonly raw: string; readonly read: string }
    /** The file mixes both ways of writing numbers; `style` is the one the whole file was read with. */
    | { readonly code: 'mixed-number-style'; readonly style: NumberStyle }
    /**
     * A row with more cells than the header (`cells` against `width`): in a `,`-delimited file an
     * unquoted decimal comma (`Tăng 2,79 lần`) splits one cell in two. `column` is the first cell
     * that may have been cut; no verdict is given on that row's claim.
     */
    | { readonly code: 'extra-cells'; readonly cells: number; readonly width: number; readonly delimiter: Delimiter }
    /** Legacy-font text (TCVN3 or VNI) was found and converted to Unicode. */
    | { readonly code: 'legacy-font'; readonly font: LegacyFont }
    /** The table prints comparison indices only (a CPI table), not the values of the periods they compare. */
    | { readonly code: 'indices-only' }
    /**
     * A table of one year whose columns are measures: the year is its title's, each measure read as a table; `indices`
     * the comparison columns read as a measure's index on an earlier year (absent when there are none).
     */
    | { readonly code: 'year-from-title'; readonly year: number; readonly indices?: readonly MeasureIndex[] }
  );

export type { LegacyFont } from '../text/legacy-fonts';

/** A comparison column of a table of one year's measures, read as the index of `measure` on the year `from`. */
export interface MeasureIndex {
  /** The comparison column's header ("Năng suất so sánh với vụ xuân năm 2017 (%)"). */
  readonly column: string;
  /** The header of the measure it is the index of ("Năng suất (tạ/ha)"). */
  readonly measure: string;
  /** The base year, whose value the table does not print; `null` when the header gives none. */
  readonly from: number | null;
}

/**
 * What a column holds. `year` and `estimate` hold the values of a year (`Năm 2022`, `Ước năm 2023`);
 * `plan` a plan or budget (`Kế hoạch`, `KH 2023`, `Dự toán`); `claim` the printed comparison in
 * words; `index` a comparison printed as an index (`Năm 2013 so với năm 2012 (%)` over `99,72`,
 * read as 100 × to / from).
 */
export type ColumnRole =
  | 'stt'
  | 'indicator'
  | 'unit'
  | 'year'
  | 'estimate'
  | 'plan'
  | 'claim'
  | 'index'
  | 'note'
  | 'other';

export const COLUMN_ROLES: readonly ColumnRole[] = [
  'stt',
  'indicator',
  'unit',
  'year',
  'estimate',
  'plan',
  'claim',
  'index',
  'note',
  'other',
];

export interface Column {
  readonly index: number;
  /** The header as written, NFC, whitespace collapsed (a multi-row header joined top to bottom). */
  readonly header: string;
  readonly role: ColumnRole;
  /** For `year`/`estimate` columns (and `plan` columns that name one): the year. */
  readonly year?: number;
  /** For `year`/`estimate` columns whose header names a part of the year ("Ước tính tháng 10 năm 2023" → T10). */
  readonly part?: import('../verify/reference-types').PeriodKey;
  /** The group label spanning this column in a multi-row header (`Diện tích (nghìn ha)`), if any. */
  readonly group?: string;
}

/** A value cell as written plus its parse; `null` raw means the cell was absent. */
export interface ValueCell {
  readonly raw: string;
  readonly parsed: import('../numbers/types').ParsedNumber;
}

export interface TableRow {
  /** The 1-based line of the record in the file, as a spreadsheet would number it. */
  readonly line: number;
  /** The 1-based record number (a record may span several lines through quoted line breaks). */
  readonly record?: number;
  readonly stt: string | null;
  readonly indicator: string;
  readonly unit: string;
  /** Value cells by year. */
  readonly values: Readonly<Record<number, ValueCell>>;
  readonly plan: ValueCell | null;
  readonly claim: string | null;
  readonly note: string | null;
  /** The section heading this row sits under, if any. */
  readonly section: string | null;
  /** Other columns, by header. */
  readonly extras: Readonly<Record<string, string>>;
  /** The years this row's claim compares when they differ from the table's (a yearbook with years as rows). */
  readonly compare?: { readonly from: number; readonly to: number };
  /**
   * For a row that checks a printed index against the values of another row (a yearbook's "Năm trước = 100" block):
   * that row's name. Its values are that row's, and its claim belongs to that row's series.
   */
  readonly levelOf?: string;
  /** How a bare figure in this row's claim reads when its block says so, whatever the table's claim column holds. */
  readonly claimColumn?: import('../claims/parse-claim').ClaimColumn;
  /** True when the row had more cells than the header: its claim may be cut and gets no verdict. */
  readonly cut?: boolean;
}

/** How a report table lays out its years: across the columns (a report form) or down the rows (a yearbook). */
export type TableShape = 'years-across' | 'years-down';

export interface ReportTable {
  readonly kind: 'report';
  readonly file: string;
  /** Title rows above the header, joined. */
  readonly title: string | null;
  readonly columns: readonly Column[];
  readonly years: readonly number[];
  /** The years compared by the claim column: from the comparison header, else first and last. */
  readonly compare: {
    readonly from: number;
    readonly to: number;
    /** Set when the claim column compares the year value with the plan column (`from` is then the plan's year). */
    readonly fromPlan?: boolean;
  } | null;
  readonly rows: readonly TableRow[];
  /** Section heading rows (indicator, no values), in order. */
  readonly sections: readonly { readonly line: number; readonly title: string }[];
  /** Footer notes and sources under the data (`Ghi chú: …`, `Nguồn: …`), and a `Năm trước = 100` note. */
  readonly notes: readonly string[];
  readonly shape: TableShape;
  /** The header rows (1-based lines) that were joined into the column headers. */
  readonly headerRows: readonly number[];
  /** The raw rows around the header, to choose the header rows from (lib/tables/header-rows.ts). */
  readonly headerLines?: readonly HeaderLine[];
  /** Set when the header rows were forced by the user's correction. */
  readonly headerForced?: { readonly from: number; readonly to: number };
  /**
   * Set on a table read from a further comparison column of another (comparison-columns.ts): the name of the
   * table whose rows it repeats, so its rows are counted once.
   */
  readonly sameRowsAs?: string;
  readonly meta: ReadMeta;
  readonly warnings: readonly TableWarning[];
}

export interface SeriesPoint {
  readonly line: number;
  readonly indicatorId: string | null;
  readonly indicator: string;
  readonly unit: string;
  readonly year: number;
  readonly value: ValueCell;
  readonly source: string | null;
  readonly extras: Readonly<Record<string, string>>;
}

export interface SeriesTable {
  readonly kind: 'series';
  readonly file: string;
  readonly points: readonly SeriesPoint[];
  readonly meta: ReadMeta;
  readonly warnings: readonly TableWarning[];
}

export interface ReadMeta {
  readonly encoding: Encoding;
  readonly delimiter: Delimiter;
  /** 1-based line of the header row. */
  readonly headerRow: number;
  readonly numberStyle: NumberStyle;
}

export type ReadResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: TableError };
