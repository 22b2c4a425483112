/**
 * Splits re-flowed text into paragraphs of plain runs and marked claims, for the marked document.
 * Pure, so it can be tested without a browser.
 */

export interface MarkRange {
  readonly id: number;
  readonly start: number;
  readonly end: number;
}

export type Part = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'mark'; readonly id: number; readonly text: string };

export interface Paragraph {
  /** Offset of the paragraph's first character, a stable key. */
  readonly start: number;
  readonly parts: readonly Part[];
}

/**
 * Paragraphs (one per line of `text`) with every mark cut out as its own part. Marks are taken in order of
 * their start; one that overlaps the mark before it is left out, and one that runs past its paragraph is cut
 * at the paragraph's end.
 *
 * @example
 * buildParagraphs('Doanh thu tăng 12%.\nHết.', [{ id: 0, start: 10, end: 18 }]);
 * // [{ start: 0, parts: [{ kind: 'text', text: 'Doanh thu ' }, { kind: 'mark', id: 0, text: 'tăng 12%' }, { kind: 'text', text: '.' }] },
 * //  { start: 20, parts: [{ kind: 'text', text: 'Hết.' }] }]
 */
export function buildParagraphs(text: string, marks: readonly MarkRange[]): Paragraph[] {
  const sorted = [...marks].filter((m) => m.end > m.start).sort((a, b) => a.start - b.start || a.id - b.id);
  const paragraphs: Paragraph[] = [];
  let next = 0;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    const parts: Part[] = [];
    let cursor = lineStart;
    while (next < sorted.length) {
      const mark = sorted[next];
      if (mark === undefined || mark.start >= lineEnd) break;
      next++;
      if (mark.start < cursor) continue;
      const end = Math.min(mark.end, lineEnd);
      if (mark.start > cursor) parts.push({ kind: 'text', text: text.slice(cursor, mark.start) });
      parts.push({ kind: 'mark', id: mark.id, text: text.slice(mark.start, end) });
      cursor = end;
    }
    if (cursor < lineEnd) parts.push({ kind: 'text', text: text.slice(cursor, lineEnd) });
    if (parts.length > 0) paragraphs.push({ start: lineStart, parts });
    lineStart = lineEnd + 1;
  }
  return paragraphs;
}
