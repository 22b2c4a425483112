import type { NumberStyle } from '../numbers/types';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258';
export type Delimiter = ',' | ';' | '\t';

/** Where a problem sits in a file. `row` and `column` are 1-based as a spreadsheet shows them. */
export interface Location {
  readonly file: string;
  readonly row?: number;
  readonly column?: string;
}

/** A reason a file is refused, with a Vietnamese message that names file, row and column. */
export interface TableError extends Location {
  readonly code:
    | 'empty-file'
    | 'no-rows'
    | 'no-indicator-column'
    | 'no-year-column'
    | 'not-text'
    | 'too-large'
    | 'unbalanced-quotes'
    | 'duplicate-year-column'
    | 'bad-series-row'
    /** A long series whose header has no `value`/`giá trị` column. */
    | 'no-value-column';
  readonly message: string;
}

/** A problem that does not refuse the file (a non-numeric value cell, mixed number styles…). */
export interface TableWarning extends Location {
  readonly code: 'not-a-number' | 'mixed-number-style' | 'mixed-marks' | 'ambiguous-number' | 'ambiguous-repaired';
  readonly message: string;
}

export type ColumnRole = 'stt' | 'indicator' | 'unit' | 'year' | 'plan' | 'claim' | 'note' | 'other';

export interface Column {
  readonly index: number;
  /** The header as written, NFC, whitespace collapsed. */
  readonly header: string;
  readonly role: ColumnRole;
  /** For `year` columns (and `plan` columns that name one): the year. */
  readonly year?: number;
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
}

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
