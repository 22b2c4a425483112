import { normalizeProse } from './normalize-prose';

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Text for reading, and the spans of the input moved into it. */
export interface DisplayProse {
  /** The text as running prose: wrapped lines joined, page-number lines dropped, one paragraph per line. */
  readonly text: string;
  /** The spans given, in display offsets, in the same order; `null` for a span that falls on dropped text. */
  readonly spans: readonly (Span | null)[];
}

/** The smallest `i` in [0, n] with `f(i) >= target` (f non-decreasing), or `n + 1` when there is none. */
function lowerBound(n: number, f: (i: number) => number, target: number): number {
  let lo = 0;
  let hi = n + 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (f(mid) >= target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Re-flows a report text extracted from a PDF for reading, and maps spans of the input (claim offsets)
 * onto the re-flowed text, so the page can highlight claims in readable paragraphs.
 *
 * @example
 * const shown = displayProse('Doanh thu tăng \n\n 12,4% so với năm 2020.', [{ start: 10, end: 25 }]);
 * shown.text; // 'Doanh thu tăng 12,4% so với năm 2020.'
 * shown.spans[0]; // { start: 10, end: 20 }
 */
export function displayProse(raw: string, spans: readonly Span[]): DisplayProse {
  const prose = normalizeProse(raw);
  const n = prose.text.length;
  const moved = spans.map((span) => {
    const start = lowerBound(n, prose.toOriginal, span.start);
    const end = lowerBound(n, prose.toOriginalEnd, span.end);
    // A span whose every character was dropped (a page number) starts past its own end once moved.
    if (start > n || end > n || end <= start || prose.toOriginal(start) >= span.end) return null;
    return { start, end };
  });
  return { text: prose.text, spans: moved };
}
