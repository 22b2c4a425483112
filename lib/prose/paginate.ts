import type { ProseCheck, ProseClaimResult } from '../extract/check-prose';
import { displayProse, type DisplayProse } from '../extract/text/display-prose';
import { pageAt } from './page-at';
import type { PageBreak } from './types';

/**
 * Page numbers on a checked PDF text: every claim and every span of a check gets the page it starts
 * on, and the display text gets where each page after the first begins. Pure.
 */

interface Checked {
  readonly text: string;
  readonly claims: readonly ProseClaimResult[];
  readonly checks: readonly ProseCheck[];
}

/**
 * The report with `page` on every claim and check span.
 *
 * @example
 * paginate(report, [0, 40]).claims[0]?.page // 1
 */
export function paginate<R extends Checked>(report: R, pageStarts: readonly number[]): R {
  return {
    ...report,
    claims: report.claims.map((c) => ({ ...c, page: pageAt(pageStarts, c.start) })),
    checks: report.checks.map((k) => ({ ...k, spans: k.spans.map((s) => ({ ...s, page: pageAt(pageStarts, s.start) })) })),
  };
}

/**
 * Where each page after the first begins in the display text (a page left empty once re-flowed has none).
 *
 * @example
 * pageBreaks('Trang một.\n\nTrang hai.', [0, 12], displayProse('Trang một.\n\nTrang hai.', [])) // [{ page: 2, at: 11 }]
 */
export function pageBreaks(text: string, pageStarts: readonly number[], display: DisplayProse): PageBreak[] {
  const pages = pageStarts.map((start, i) => ({ start, end: pageStarts[i + 1] ?? text.length })).slice(1);
  const breaks: PageBreak[] = [];
  displayProse(text, pages).spans.forEach((span, i) => {
    if (span !== null && span.start < display.text.length) breaks.push({ page: i + 2, at: span.start });
  });
  return breaks;
}
