import { readObjectPhrase } from './find-indicator';
import type { ClaimMatch } from './match-claims';
import type { Segment } from '../text/segment-sentences';
import type { Figure } from '../types';

/*
 * Which words name a claim's indicator: the subject before it, or (for a level) the noun phrase after its figure
 * ("toàn tỉnh có 1.894 doanh nghiệp", "88% hộ gia đình").
 */

// Grammar: object-verb := ( "có" | "đón" | "gồm" | "với" ) space* end
// Example: "toàn tỉnh có " ends with a verb whose object names the indicator ("1.894 doanh nghiệp").
const OBJECT_VERB_BEFORE = /(?:^|\s)(?:có|đón|gồm|với)\s*$/iu;

/** Words of a unit that measure (money, mass, area, ratio) rather than name what is counted. */
const MEASURE_WORDS = new Set([
  'usd', 'đô', 'la', 'đồng', 'tấn', 'tạ', 'kg', 'km', 'km2', 'km²', 'ha', 'm2', 'm3', 'mw', 'kwh', 'lần', 'điểm',
]);

/** Scale words, which neither measure nor name. */
const SCALE_WORDS = new Set(['nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ', 'vạn']);

// Grammar: opens-parenthesis := "(" space* end
// Example: "… thường xuyên (" — the claim that follows opens a parenthetical remark.
const OPENS_PARENTHESIS = /\(\s*$/u;

// Grammar: unit-word := run of non-space, non-"/" characters
// Example: "lượt khách" has the words "lượt" and "khách".
const UNIT_WORD = /[^\s/]+/gu;

/** Whether a unit names the things counted ("doanh nghiệp", "lượt khách", "bác sĩ/vạn dân"), so it can serve as an indicator. */
function isCountUnit(unit: string | null): unit is string {
  if (unit === null || unit.includes('%') || unit.includes('‰')) return false;
  const head = unit.split('/')[0] ?? '';
  const words = head.toLowerCase().match(UNIT_WORD) ?? [];
  return words.every((w) => !MEASURE_WORDS.has(w)) && words.some((w) => !SCALE_WORDS.has(w));
}

function isPercentLike(unit: string | null): boolean {
  return unit !== null && (unit.startsWith('%') || unit.startsWith('‰'));
}

/** The indicator named after a figure ("1.894 doanh nghiệp", "88% hộ gia đình"), and where that phrase ends. */
function objectIndicator(text: string, match: ClaimMatch): { text: string; end: number } | null {
  const object = readObjectPhrase(text.slice(match.figureEnd));
  const first: Figure | undefined = match.figures[0];
  const unit = match.kind === 'value' && first !== undefined && isCountUnit(first.unit) ? first.unit : null;
  const joined = [unit, object?.text ?? null].filter((s): s is string => s !== null).join(' ');
  if (joined === '') return null;
  return { text: joined, end: match.figureEnd + (object?.end ?? 0) };
}

/**
 * The indicator from the words before the claim or, for levels, from the noun phrase after its figure, and where
 * the next claim's subject may start.
 *
 * @example
 * chooseIndicator(segment, match, 'Toàn tỉnh có ', 'Toàn tỉnh'); // { indicator: 'doanh nghiệp', consumed: 27 } for "… có 1.894 doanh nghiệp"
 */
export function chooseIndicator(
  segment: Segment,
  match: ClaimMatch,
  before: string,
  subject: string | null,
): { indicator: string | null; consumed: number } {
  const first = match.figures[0] ?? null;
  if (OPENS_PARENTHESIS.test(before) && isCountUnit(first?.unit ?? null)) {
    return { indicator: first?.unit ?? null, consumed: match.end };
  }
  if (match.kind !== 'value' && match.kind !== 'part-whole') return { indicator: subject, consumed: match.end };
  const object = objectIndicator(segment.text, match);
  if (object === null) return { indicator: subject, consumed: match.end };
  const useObject =
    subject === null || OBJECT_VERB_BEFORE.test(before) || (match.kind === 'value' && isPercentLike(first?.unit ?? null));
  return useObject ? { indicator: object.text, consumed: Math.max(match.end, object.end) } : { indicator: subject, consumed: match.end };
}
