import { parseCellRef } from './cell-ref';
import { dateText, flattenCellText, isDateFormat, serialDate } from './cell-text';
import type { GridCell } from './sheet-cells';
import { xmlFeed } from './xml-feed';

/** What a sheet's cells refer to: the shared strings and the cell styles' number formats. */
export interface SheetContext {
  readonly shared: readonly string[];
  readonly formats: readonly (string | undefined)[];
  readonly date1904: boolean;
}

/** Where the cells go; returning false stops the pass. */
export interface SheetSink {
  /** A cell holding a value (`null` when the value is blank text). */
  cell(row: number, col: number, cell: GridCell | null): boolean;
  /** A `<mergeCell ref="A1:B2">`. */
  merge(ref: string): boolean;
}

export interface SheetFeed {
  /** Feeds XML bytes; false once the sink has asked to stop (or the XML is malformed). */
  write(chunk: Uint8Array): boolean;
  /** Ends the XML; false when it is malformed. */
  close(): boolean;
}

function textCell(text: string): GridCell | null {
  const flat = flattenCellText(text);
  return flat.trim() === '' ? null : { kind: 'text', text: flat };
}

function numberCell(raw: string, style: number, context: SheetContext): GridCell | null {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value)) return textCell(raw);
  const numFmt = context.formats[style];
  if (isDateFormat(numFmt)) return textCell(dateText(serialDate(value, context.date1904)));
  return { kind: 'number', value, numFmt };
}

/**
 * A cell's value as a grid cell, from its type (`t`), its `<v>` or inline text and its style:
 * shared strings looked up, numbers kept with their format, date formats written as dates,
 * formulas by their cached result.
 *
 * @example
 * cellValue('s', '0', null, 0, { shared: ['STT'], formats: [], date1904: false }) // { kind: 'text', text: 'STT' }
 * cellValue('n', '10.6', null, 1, { shared: [], formats: [undefined, '0.0'], date1904: false }) // { kind: 'number', value: 10.6, numFmt: '0.0' }
 */
export function cellValue(type: string, value: string | null, inline: string | null, style: number, context: SheetContext): GridCell | null {
  switch (type) {
    case 's':
      return textCell(context.shared[Number(value)] ?? '');
    case 'inlineStr':
      return textCell(inline ?? '');
    case 'b':
      return textCell(value === '1' || value === 'true' ? 'TRUE' : 'FALSE');
    case 'd':
      return textCell(dateText(new Date(value ?? '')));
    case 'str':
    case 'e':
      return textCell(value ?? '');
    default:
      return value === null ? null : numberCell(value, style, context);
  }
}

/**
 * Turns a worksheet's XML into cell and merge events: `<row r>`, `<c r t s>` with `<v>` or
 * `<is><t>` (phonetic runs skipped), and `<mergeCell ref>`. Cells without a value are skipped.
 *
 * @example
 * const feed = xlsxFeedFor(context, { cell: (r, c, v) => true, merge: () => true });
 * feed.write(sheetXmlBytes); feed.close(); // true
 */
export function xlsxFeedFor(context: SheetContext, sink: SheetSink): SheetFeed {
  let row = 0;
  let col = 0;
  let type = 'n';
  let style = 0;
  let value: string | null = null;
  let inline: string | null = null;
  let capture: 'v' | 't' | null = null;
  let phonetic = 0;
  let running = true;
  let inCell = false;
  const feed = xmlFeed({
    ignoringText: () => capture === null,
    open(name, a) {
      if (!running) return;
      switch (name) {
        case 'row': {
          const r = Number(a.r);
          row = Number.isSafeInteger(r) && r > 0 ? r : row + 1;
          col = 0;
          return;
        }
        case 'c': {
          const ref = a.r === undefined ? null : parseCellRef(a.r);
          if (ref !== null) {
            row = ref.row;
            col = ref.col;
          } else {
            col++;
            if (row === 0) row = 1;
          }
          type = a.t ?? 'n';
          style = Number(a.s ?? 0) || 0;
          value = null;
          inline = null;
          inCell = true;
          return;
        }
        case 'v':
          if (inCell) {
            capture = 'v';
            value = '';
          }
          return;
        case 'is':
          if (inCell) inline = '';
          return;
        case 'rPh':
          phonetic++;
          return;
        case 't':
          if (inCell && inline !== null && phonetic === 0) capture = 't';
          return;
        case 'mergeCell':
          if (a.ref !== undefined) running = sink.merge(a.ref);
          return;
        default:
          return;
      }
    },
    text(text) {
      if (capture === 'v') value = (value ?? '') + text;
      else if (capture === 't') inline = (inline ?? '') + text;
    },
    close(name) {
      if (name === 'v' || name === 't') capture = null;
      else if (name === 'rPh') phonetic--;
      else if (name === 'c' && running) {
        inCell = false;
        if (value === null && inline === null) return;
        running = sink.cell(row, col, cellValue(type, value, inline, style, context));
      }
    },
  });
  return {
    write(chunk) {
      if (!running) return false;
      try {
        feed.write(chunk);
      } catch {
        running = false;
        return false;
      }
      return running;
    },
    close() {
      try {
        feed.close();
        return true;
      } catch {
        return false;
      }
    },
  };
}
