/**
 * Puts the positioned text pieces of one PDF page back into lines: pieces on the same baseline
 * (within half a line height) form a line, read left to right, lines top to bottom. Between two
 * pieces goes nothing (one word split across pieces), a space (a word gap), or a tab when the gap is
 * wider than 1.2 line heights: the gap between the cells of a table row, which lets the table reader
 * see the row's cells. Pure, so it is tested without a PDF.
 */

export interface PositionedText {
  readonly text: string;
  /** Left edge and baseline, in points from the page's bottom-left corner. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** The line height (font size), in points. */
  readonly height: number;
}

/** A gap wider than this many line heights separates table cells. */
const CELL_GAP_HEIGHTS = 1.2;
/** A gap wider than this many line heights is a word gap. */
const WORD_GAP_HEIGHTS = 0.15;

function sameLine(a: PositionedText, b: PositionedText): boolean {
  return Math.abs(a.y - b.y) <= Math.max(a.height, b.height) / 2;
}

function joinLine(pieces: readonly PositionedText[]): string {
  const sorted = [...pieces].sort((a, b) => a.x - b.x);
  let out = '';
  let previous: PositionedText | null = null;
  let spaced = false;
  for (const piece of sorted) {
    if (piece.text.trim() === '') {
      spaced = true;
      continue;
    }
    if (previous !== null) {
      const gap = piece.x - (previous.x + previous.width);
      const height = Math.max(previous.height, piece.height);
      if (gap > CELL_GAP_HEIGHTS * height) out += '\t';
      else if (spaced || gap > WORD_GAP_HEIGHTS * height) out += ' ';
    }
    out += piece.text.replace(/\s+/gu, ' ');
    previous = piece;
    spaced = /\s$/u.test(piece.text);
  }
  return out.trim();
}

/**
 * The page's text, one line per baseline.
 *
 * @example
 * layoutPage([{ text: 'Năm 2021', x: 300, y: 700, width: 40, height: 10 }, { text: 'Chỉ tiêu', x: 72, y: 700, width: 40, height: 10 }])
 * // 'Chỉ tiêu\tNăm 2021'
 */
export function layoutPage(pieces: readonly PositionedText[]): string {
  const lines: PositionedText[][] = [];
  for (const piece of [...pieces].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = lines.at(-1);
    const first = line?.[0];
    if (line !== undefined && first !== undefined && sameLine(first, piece)) line.push(piece);
    else lines.push([piece]);
  }
  return lines
    .map(joinLine)
    .filter((l) => l !== '')
    .join('\n');
}
