/**
 * The shape every data export goes through: a sheet of typed cells. CSV and XLSX writers read it;
 * the type of a cell (not its text) decides how it is written and whether it is neutralised.
 * Types only, so client components may import this module.
 */

/** A text cell (neutralised against formula injection when written). */
export interface TextCell {
  readonly kind: 'text';
  readonly text: string;
}

/** A number, written as a number: never neutralised, so `-12,5` stays a negative number. */
export interface NumberCell {
  readonly kind: 'number';
  readonly value: number;
  /** Fraction digits to show (the printed precision). */
  readonly decimals: number;
  /** `false` for identifiers such as years: never written with thousands groups (`2015`, not `2.015`). */
  readonly grouping?: boolean;
}

export interface EmptyCell {
  readonly kind: 'empty';
}

export type ExportCell = TextCell | NumberCell | EmptyCell;

/** Which verdict tone a row carries, for colouring the verdict cell in XLSX (the word is always there too). */
export type ExportTone = 'ok' | 'warn' | 'bad' | 'info' | 'muted';

export interface ExportColumn {
  /** Stable id (`stt`, `nam-2022`, `verdict`…). */
  readonly key: string;
  readonly header: string;
  readonly kind: 'text' | 'number';
  /** Suggested width in characters (XLSX column width). */
  readonly width: number;
}

export interface ExportRow {
  /** The row's key in the dataset (`<tableId>:<line>`, or the year for a series). */
  readonly key: string;
  /** One cell per column, in column order. */
  readonly cells: readonly ExportCell[];
  readonly tone: ExportTone | null;
}

export interface ExportSheet {
  /** The sheet's title (table or indicator name). */
  readonly title: string;
  readonly columns: readonly ExportColumn[];
  readonly rows: readonly ExportRow[];
}

export type CsvDelimiter = ',' | ';';

/** `vi`: `3.957,9` (Vietnamese Excel, as printed); `plain`: `3957.9` (programs, English Excel). */
export type NumberStyle = 'vi' | 'plain';

export interface CsvOptions {
  readonly delimiter: CsvDelimiter;
  readonly numberStyle: NumberStyle;
  /** Start with a UTF-8 byte-order mark so Excel reads Vietnamese correctly. */
  readonly bom: boolean;
}
