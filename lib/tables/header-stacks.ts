import { isBlankCell } from './collapse-whitespace';

/*
 * The cells of a multi-row header, column by column: a label over empty cells to its right spans them (a merged cell of
 * a sheet, or one a CSV export left as a label and blanks), and each column's stack repeats it.
 */

type Records = readonly (readonly string[])[];

/** A horizontal span of a header cell over the columns under it (0-based record and columns, inclusive). */
export interface HeaderSpan {
  readonly record: number;
  readonly left: number;
  readonly right: number;
}

/**
 * Spans of header cells over empty cells to their right, guessed as a CSV export leaves a merge.
 *
 * @example
 * guessSpans([['Thực hiện', '', ''], ['2020', '2021', '2022']], [0, 1], 3) // [{ record: 0, left: 0, right: 2 }]
 */
export function guessSpans(records: Records, rows: readonly number[], width: number): HeaderSpan[] {
  const spans: HeaderSpan[] = [];
  for (let k = 0; k < rows.length - 1; k++) {
    const r = rows[k] ?? 0;
    const record = records[r] ?? [];
    for (let c = 0; c < width; c++) {
      if (isBlankCell(record[c] ?? '')) continue;
      let right = c;
      while (right + 1 < width && isBlankCell(record[right + 1] ?? '')) {
        const below = rows.slice(k + 1).some((row) => !isBlankCell(records[row]?.[right + 1] ?? ''));
        const above = rows.slice(0, k).some((row) => !isBlankCell(records[row]?.[right + 1] ?? ''));
        if (!below || above) break;
        right++;
      }
      if (right > c) spans.push({ record: r, left: c, right });
    }
  }
  return spans;
}

/**
 * The header cells of each column, top to bottom, a spanning label repeated over the columns it spans.
 *
 * @example
 * stacksOf([['Thực hiện', ''], ['2020', '2021']], [0, 1], 2, [{ record: 0, left: 0, right: 1 }]) // [['Thực hiện', '2020'], ['Thực hiện', '2021']]
 */
export function stacksOf(records: Records, rows: readonly number[], width: number, spans: readonly HeaderSpan[]): string[][] {
  const stacks: string[][] = [];
  for (let c = 0; c < width; c++) {
    const stack: string[] = [];
    for (const r of rows) {
      const own = records[r]?.[c] ?? '';
      if (!isBlankCell(own)) {
        stack.push(own);
        continue;
      }
      const span = spans.find((s) => s.record === r && s.left < c && c <= s.right);
      const label = span ? (records[r]?.[span.left] ?? '') : '';
      if (!isBlankCell(label)) stack.push(label);
    }
    stacks.push(stack);
  }
  return stacks;
}
