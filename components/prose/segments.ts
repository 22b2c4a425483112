/**
 * Splits re-flowed text into paragraphs of plain runs and marked claims, for the marked document.
 * Pure, so it can be tested without a browser.
 */

export interface MarkRange {
  readonly id: number;
  readonly start: number;
  readonly end: number;
}

export type Part =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'mark'; readonly id: number; readonly text: string }
  /** Where a PDF page begins (its `text` is empty, so the parts still spell the paragraph). */
  | { readonly kind: 'page'; readonly page: number; readonly text: '' };

/** Page `page` begins at offset `at` of the text. */
export interface PageStart {
  readonly page: number;
  readonly at: number;
}

export interface Paragraph {
  /** Offset of the paragraph's first character, a stable key. */
  readonly start: number;
  readonly parts: readonly Part[];
}

/**
 * Paragraphs (one per line of `text`) with every mark cut out as its own part. Marks are taken in order of
 * their start; one that overlaps the mark before it is left out, and one that runs past its paragraph is cut
 * at the paragraph's end. A page start becomes a `page` part where it falls (after a mark it falls inside,
 * at the next paragraph when it falls on a dropped empty line).
 *
 * @example
 * buildParagraphs('Doanh thu tăng 12%.\nHết.', [{ id: 0, start: 10, end: 18 }]);
 * // [{ start: 0, parts: [{ kind: 'text', text: 'Doanh thu ' }, { kind: 'mark', id: 0, text: 'tăng 12%' }, { kind: 'text', text: '.' }] },
 * //  { start: 20, parts: [{ kind: 'text', text: 'Hết.' }] }]
 */
export function buildParagraphs(text: string, marks: readonly MarkRange[], pages: readonly PageStart[] = []): Paragraph[] {
  const sorted = [...marks].filter((m) => m.end > m.start).sort((a, b) => a.start - b.start || a.id - b.id);
  const breaks = [...pages].sort((a, b) => a.at - b.at);
  const paragraphs: Paragraph[] = [];
  let next = 0;
  let nextBreak = 0;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    const parts: Part[] = [];
    /** Plain text from `from` to `to`, cut where pages begin. */
    const pushText = (from: number, to: number): void => {
      let at = from;
      for (let b = breaks[nextBreak]; b !== undefined && b.at < to; b = breaks[nextBreak]) {
        if (b.at > at) parts.push({ kind: 'text', text: text.slice(at, b.at) });
        parts.push({ kind: 'page', page: b.page, text: '' });
        at = Math.max(at, b.at);
        nextBreak++;
      }
      if (to > at) parts.push({ kind: 'text', text: text.slice(at, to) });
    };
    let cursor = lineStart;
    while (next < sorted.length) {
      const mark = sorted[next];
      if (mark === undefined || mark.start >= lineEnd) break;
      next++;
      if (mark.start < cursor) continue;
      const end = Math.min(mark.end, lineEnd);
      pushText(cursor, mark.start);
      parts.push({ kind: 'mark', id: mark.id, text: text.slice(mark.start, end) });
      cursor = end;
    }
    pushText(cursor, lineEnd);
    if (parts.length > 0) paragraphs.push({ start: lineStart, parts });
    lineStart = lineEnd + 1;
  }
  return paragraphs;
}
