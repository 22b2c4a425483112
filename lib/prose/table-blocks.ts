import { pageAt } from './page-at';

/**
 * Table-like blocks in text read from a PDF. The PDF reader separates cells that stand far apart on a
 * line with a tab (lib/prose/pdf-lines.ts); two or more such lines in a row are a block of
 * table rows. Pure.
 */

/** Rows of cells found in a document, and where their text sits (`end` exclusive). */
export interface TableBlock {
  readonly start: number;
  readonly end: number;
  readonly rows: readonly (readonly string[])[];
  /** For a PDF: the page the block starts on. */
  readonly page?: number;
}

/** Fewest tab-separated lines in a row that make a block. */
const MIN_ROWS = 2;

/**
 * The blocks of tab-separated lines in a PDF's text, or in a plain text (a table copied from Word or Excel keeps its
 * tabs); `pageStarts` is given for a PDF only, and then each block says its page.
 *
 * @example
 * findTableBlocks('Bảng 1\nChỉ tiêu\tNăm 2022\nSố doanh nghiệp\t1.894\nHết.', [0])
 * // [{ start: 7, end: 45, rows: [['Chỉ tiêu', 'Năm 2022'], ['Số doanh nghiệp', '1.894']], page: 1 }]
 * findTableBlocks('Chỉ tiêu\tNăm 2022\nSố doanh nghiệp\t1.894')[0]?.page // undefined
 */
export function findTableBlocks(text: string, pageStarts?: readonly number[]): TableBlock[] {
  const blocks: TableBlock[] = [];
  let run: { start: number; end: number; rows: string[][] } | null = null;
  const close = (): void => {
    if (run !== null && run.rows.length >= MIN_ROWS) blocks.push(pageStarts === undefined ? { ...run } : { ...run, page: pageAt(pageStarts, run.start) });
    run = null;
  };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    if (line.includes('\t')) {
      run ??= { start: lineStart, end: lineEnd, rows: [] };
      run.rows.push(line.split('\t').map((cell) => cell.trim()));
      run.end = lineEnd;
    } else close();
    lineStart = lineEnd + 1;
  }
  close();
  return blocks;
}
