/** Measures the width of a text in CSS pixels at a font size and weight. */
export type MeasureText = (text: string, size: number, weight: number) => number;

/**
 * Breaks a text into lines no wider than `maxWidth`, at spaces; a single word wider than the line
 * stays whole on its own line (never cut inside a word). Blank text gives no lines.
 *
 * @example
 * wrapText('Tổng sản lượng lương thực có hạt', 100, 14, 400, (t) => t.length * 7)
 * // ['Tổng sản lượng', 'lương thực có', 'hạt']
 */
export function wrapText(text: string, maxWidth: number, size: number, weight: number, measure: MeasureText): string[] {
  // Grammar: a run of whitespace characters. Example: "a  b\nc" → ["a", "b", "c"].
  const words = text.trim().split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current !== '' && measure(candidate, size, weight) > maxWidth) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

/**
 * A measure for when no canvas is at hand: an average glyph width of 0.56 em (0.6 em bold),
 * generous for Be Vietnam Pro so estimated lines do not overflow.
 *
 * @example
 * estimateTextWidth('abcd', 10, 400) // 22.4
 */
export function estimateTextWidth(text: string, size: number, weight: number): number {
  return text.length * size * (weight >= 600 ? 0.6 : 0.56);
}
