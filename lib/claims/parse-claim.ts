import type { Measured, UnitSign } from '../numbers/types';
import {
  CELL_FIGURE,
  DIRECTION_CLAIM,
  FIGURE_CLAIM,
  FROM_TO_CLAIM,
  HAS_DIGIT,
  INDEX_CLAIM,
  PLAN_CLAIM,
  RATE_CLAIM,
} from './claim-grammar';
import { scaleOfUnit } from './scale-words';
import { foldDiacritics, foldDiacriticsAligned, normalizeText } from './normalize-text';
import { readMeasured } from '../numbers/read-measured';
import type { Claim, ClaimKind, Direction, ParsedClaim, PlanVerb, Qualifier, QualifierWord } from './types';

/**
 * Claim parsing (spec §2). The text is NFC-normalised and whitespace-collapsed (that form is
 * kept as `text`), then folded (lower case, no diacritics, same length) and matched against
 * the grammar in ./claim-grammar.ts. Text typed without diacritics therefore parses the same.
 *
 * Rules decided here, beyond the spec's table:
 * - "tăng lên N lần" is a ratio; "lên" with any other unit ("tăng lên 20%") states a level,
 *   not a change, and stays unparsed. "đi" goes only with "giảm" ("giảm đi 20%").
 * - "thêm" turns a ratio into ratio-minus-one ("tăng thêm 2 lần") and is otherwise ignored
 *   ("tăng thêm 785 doanh nghiệp" is absolute). "giảm thêm N lần" stays unparsed.
 * - "bình quân" / "trung bình" / "mỗi năm" / "/năm" make an average-annual claim, which must
 *   be in `%`; with any other unit there is no kind for it and the text stays unparsed.
 * - A `‰` change ("giảm 0,4‰") is a percent claim with `unitSign: '‰'`; the verifier decides
 *   between relative and point readings.
 * - "điểm" without "%" / "phần trăm" is a points claim with `unitSign: null`.
 * - A from–to form without a verb takes its direction from "lên" (up) or "xuống" (down);
 *   with a verb, the verb is the claim. "từ A đến B" with no verb has no direction: unparsed.
 * - Several qualifiers: the first one written counts.
 * - "vượt N% kế hoạch" (N % over the plan) is a `plan-excess` claim with the figure N as printed:
 *   value / plan × 100 − 100 (spec §2b).
 * - "[bình quân] đạt N%/năm" states a yearly growth rate: average-annual, direction up. Without
 *   "bình quân" or "/năm" it is a level, not a claim.
 * - Comparatives (spec §2b) are signed differences: "cao hơn 0,6 điểm phần trăm" is points up, "thấp hơn
 *   0,2 người/hộ" absolute down, "cao hơn 5%" percent up; "cao gấp hơn 1,2 lần" is a ratio with "hơn" as its
 *   qualifier. A comparative with "lần" alone ("cao hơn 2 lần") is ambiguous and stays unparsed.
 * - A sign after the verb repeats it: "giảm (-9,28%)" and "giảm -9,28%" are a fall of 9,28 %; a sign that
 *   contradicts the verb ("tăng (-3%)") is no claim. A bracket must be closed.
 * - A range "tăng 7-8%" / "6,5% - 7%/năm" keeps its lower bound as `figure` and its upper as `upper`; the
 *   upper bound must be the larger.
 * - Scale words in an absolute claim's unit ("tăng thêm 10,4 triệu người") set `scale` (1e6).
 * - An index ("bằng 104,2% so với cùng kỳ", "tốc độ phát triển 109,48%") has no direction: a value below 100
 *   is a fall written as an index, never a wrong direction.
 * - A table cell holding only a figure is a claim only by its column: "3,06 lần" is a ratio in any comparison
 *   column, a bare "99,72" (or "99,72%") an index in an index column (parseClaim's `column`).
 *
 * Every reader below works on a view of the text from a position (`Span`) and answers the claim
 * and how much of the text it took, so prose (lib/extract) reads claims where it finds them with
 * the same grammar that reads table cells.
 */

/** The text from a position: `text` NFC with single spaces, `folded` its aligned fold. */
interface Span {
  readonly text: string;
  readonly folded: string;
}

/** A claim read from a span, and the length of text it took. */
interface Read {
  readonly claim: Claim;
  readonly length: number;
}

type Groups = Partial<Record<string, string>>;

function unparsed(text: string): ParsedClaim {
  return { ok: false, reason: 'unparsed', text };
}

/**
 * The qualifier word of a folded QUAL match (claim-grammar.ts), or `null` for none.
 *
 * @example
 * qualifierWordOf('chua toi') // → 'chua-den'
 */
export function qualifierWordOf(word: string | undefined): QualifierWord | null {
  switch (word) {
    case undefined:
      return null;
    case 'tren':
    case 'hon':
    case 'duoi':
    case 'gan':
    case 'khoang':
      return word;
    case 'chua den':
    case 'chua toi':
      return 'chua-den';
    case 'xap xi':
      return 'xap-xi';
    default:
      // "uoc", "uoc tinh", "uoc dat": the rest of QUAL.
      return 'uoc';
  }
}

/** What a qualifier word means (spec §2): trên/hơn a lower bound, dưới/chưa đến an upper bound, the rest "about". */
const QUALIFIER_OF_WORD: Readonly<Record<QualifierWord, Qualifier>> = {
  tren: 'lower',
  hon: 'lower',
  duoi: 'upper',
  'chua-den': 'upper',
  gan: 'about',
  khoang: 'about',
  'xap-xi': 'about',
  uoc: 'about',
};

function qualifierOf(word: QualifierWord | null): Qualifier | null {
  return word === null ? null : QUALIFIER_OF_WORD[word];
}

function directionOf(verb: string | undefined): Direction | null {
  if (verb === 'tang') return 'up';
  if (verb === 'giam') return 'down';
  return null;
}

function signOf(sign: string | undefined, words: string | undefined): UnitSign | null {
  if (sign === '%' || sign === '‰') return sign;
  if (words === 'phan tram') return '%';
  if (words === 'phan nghin' || words === 'phan ngan') return '‰';
  return null;
}

/** What a claim is made of; claimOf fills in the rest. */
export interface ClaimParts {
  readonly kind: ClaimKind;
  readonly direction: Direction | null;
  readonly figure?: Measured | null;
  readonly unitSign?: UnitSign | null;
  readonly unitWord?: string | null;
  readonly qualifierWord?: QualifierWord | null;
  readonly planVerb?: PlanVerb | null;
  readonly fromTo?: Claim['fromTo'];
  readonly upper?: Measured | null;
  readonly scale?: number;
}

/**
 * A claim of the grammar from its parts (absent parts are `null`; the qualifier follows its word).
 *
 * @example
 * claimOf('tăng 5%', { kind: 'percent', direction: 'up', figure: { value: 5, decimals: 0 }, unitSign: '%' }).qualifier // → null
 */
export function claimOf(text: string, parts: ClaimParts): Claim {
  return {
    ok: true,
    kind: parts.kind,
    direction: parts.direction,
    figure: parts.figure ?? null,
    unitSign: parts.unitSign ?? null,
    unitWord: parts.unitWord ?? null,
    qualifier: qualifierOf(parts.qualifierWord ?? null),
    qualifierWord: parts.qualifierWord ?? null,
    planVerb: parts.planVerb ?? null,
    fromTo: parts.fromTo ?? null,
    text,
    ...(parts.upper ? { upper: parts.upper } : {}),
    ...(parts.scale !== undefined && parts.scale !== 1 ? { scale: parts.scale } : {}),
  };
}

/** The ratio family: "tăng 3,8 lần", "gấp 1,7 lần", "giảm 2 lần", "tăng thêm 2 lần". */
function ratioKind(g: Groups): ClaimKind | null {
  const { verb, mod, gap } = g;
  if (verb === undefined) return gap === undefined ? null : 'ratio';
  if (verb === 'tang') {
    if (mod === 'them') return gap === undefined ? 'ratio-minus-one' : null;
    return mod === 'di' ? null : 'ratio';
  }
  return mod === undefined || mod === 'di' ? 'ratio-down' : null;
}

// Grammar: year-like := ("19" | "20") digit digit, the whole figure. Example: "2016"; not "2.016" or "7".
const YEAR_LIKE = /^(?:19|20)\d{2}$/u;

// Grammar: minus sign := "-" | "−" (U+2212). Example: the "-" of "giảm (-9,28%)".
const MINUS = /^[-−]$/u;

function comparativeDirection(cmp: string): Direction {
  return cmp.startsWith('cao') || cmp.startsWith('nhieu') || cmp.startsWith('lon') ? 'up' : 'down';
}

/** Whether a bracketed or bare sign agrees with the verb ("giảm (-9,28%)"); no sign agrees with anything. */
function signAgrees(sign: string | undefined, direction: Direction | null): boolean {
  if (sign === undefined) return true;
  if (direction === null) return false;
  return MINUS.test(sign) ? direction === 'down' : direction === 'up';
}

/** The upper bound of a range, when it is one and reads as a range (larger than the lower bound). */
function rangeUpper(g: Groups, lower: Measured): Measured | null | undefined {
  if (g.range === undefined) return null;
  const upper = readMeasured(g.num2 ?? '');
  if (!upper || !(upper.value > lower.value)) return undefined;
  // Two years ("2016-2020") are a period, not a range of figures.
  if (YEAR_LIKE.test(g.num ?? '') && YEAR_LIKE.test(g.num2 ?? '')) return undefined;
  if (g.rangeSign !== undefined && g.rangeSign !== g.sign && g.rangeSign !== g.diemSign) return undefined;
  return upper;
}

/** Ratio, percent, points, absolute and average-annual claims; `null` when not one. */
function readFigureClaim(span: Span, carried: Direction | null): Read | null {
  const match = FIGURE_CLAIM.exec(span.folded);
  const found: Groups | undefined = match?.groups;
  if (!match || !found) return null;
  const figure = readMeasured(found.num ?? '');
  if (!figure) return null;
  // A verb carried from the head of a list ("giảm 125 trường học, 2 trung tâm") stands for a missing one.
  const hasWord = found.verb !== undefined || found.cmp !== undefined;
  const g: Groups = !hasWord && carried !== null ? { ...found, verb: carried === 'up' ? 'tang' : 'giam' } : found;
  // A closing bracket without an opening one belongs to the text around the claim ("(tăng 5%)").
  const length = match[0].length - (g.open === undefined && g.close !== undefined ? g.close.length : 0);
  if (g.open !== undefined && g.close === undefined) return null;
  const text = span.text.slice(0, length);
  const direction = g.cmp !== undefined ? comparativeDirection(g.cmp) : directionOf(g.verb);
  if (!signAgrees(g.bsign, direction)) return null;
  const upper = rangeUpper(g, figure);
  if (upper === undefined) return null;
  const qualifierWord = qualifierWordOf(g.q0 ?? g.q1 ?? g.q2);
  const average = g.avg0 ?? g.avg1 ?? g.each ?? g.per;
  if (g.high !== undefined && g.gap === undefined) return null;

  if (g.lan !== undefined) {
    if (g.cmp !== undefined || upper !== null) return null;
    const kind = average === undefined ? ratioKind(g) : null;
    return kind ? { claim: claimOf(text, { kind, direction, figure, qualifierWord }), length } : null;
  }
  // Everything below needs a verb and takes no "gấp" and no "lên".
  if (direction === null || g.gap !== undefined || g.mod === 'len') return null;
  if (g.mod === 'di' && direction !== 'down') return null;
  if (g.cmp !== undefined && g.mod !== undefined) return null;

  if (g.diem !== undefined) {
    if (average !== undefined) return null;
    const unitSign = signOf(g.diemSign, g.diemWords);
    return { claim: claimOf(text, { kind: 'points', direction, figure, unitSign, qualifierWord, upper }), length };
  }
  const unitSign = signOf(g.sign, g.signWords);
  if (unitSign !== null) {
    if (average === undefined) return { claim: claimOf(text, { kind: 'percent', direction, figure, unitSign, qualifierWord, upper }), length };
    if (unitSign !== '%') return null;
    return { claim: claimOf(text, { kind: 'average-annual', direction, figure, unitSign, qualifierWord, upper }), length };
  }
  if (average !== undefined) return null;
  // The folded text is aligned with `text`, so the unit is cut from the original spelling.
  const words = match.indices?.groups?.words;
  const unitWord = words ? text.slice(words[0], words[1]) : null;
  const scale = scaleOfUnit(unitWord);
  return { claim: claimOf(text, { kind: 'absolute', direction, figure, unitWord, qualifierWord, upper, scale }), length };
}

/** "tăng từ A lên B", "giảm từ A xuống còn B", "từ A lên B"; `null` when not one. */
function readFromToClaim(span: Span): Read | null {
  const match = FROM_TO_CLAIM.exec(span.folded);
  const g: Groups | undefined = match?.groups;
  if (!match || !g) return null;
  const from = readMeasured(g.from ?? '');
  const to = readMeasured(g.to ?? '');
  if (!from || !to) return null;
  const link = g.link ?? '';
  const direction =
    directionOf(g.verb) ?? (link.startsWith('len') ? 'up' : link.startsWith('xuong') ? 'down' : null);
  if (direction === null) return null;
  const unitSign = signOf(g.toSign ?? g.fromSign, undefined);
  const length = match[0].length;
  const claim = claimOf(span.text.slice(0, length), { kind: 'direction', direction, unitSign, fromTo: { from, to } });
  return { claim, length };
}

/** "bằng 104% kế hoạch", "đạt 100% KH", "vượt 4% dự toán"; `null` when not one. */
function readPlanClaim(span: Span): Read | null {
  const match = PLAN_CLAIM.exec(span.folded);
  const g: Groups | undefined = match?.groups;
  if (!match || !g) return null;
  const figure = readMeasured(g.num ?? '');
  if (!figure) return null;
  const qualifierWord = qualifierWordOf(g.q0 ?? g.q1);
  const length = match[0].length;
  const text = span.text.slice(0, length);
  if (g.verb === 'vuot') return { claim: claimOf(text, { kind: 'plan-excess', direction: null, figure, unitSign: '%', qualifierWord }), length };
  const planVerb: PlanVerb = g.verb === 'bang' ? 'bang' : 'dat';
  const claim = claimOf(text, { kind: 'plan', direction: null, figure, unitSign: '%', qualifierWord, planVerb });
  return { claim, length };
}

/** "bình quân đạt 12,5%/năm", "đạt 6,8%/năm"; `null` when not one (a bare "đạt 12,5%" is a level). */
function readRateClaim(span: Span): Read | null {
  const match = RATE_CLAIM.exec(span.folded);
  const g: Groups | undefined = match?.groups;
  if (!match || !g || (g.avg === undefined && g.per === undefined)) return null;
  const figure = readMeasured(g.num ?? '');
  if (!figure) return null;
  const length = match[0].length;
  const parts = { kind: 'average-annual', direction: 'up', figure, unitSign: '%', qualifierWord: qualifierWordOf(g.q) } as const;
  return { claim: claimOf(span.text.slice(0, length), parts), length };
}

/** "bằng 104,2% so với cùng kỳ", "tốc độ phát triển 109,48%"; `null` when not one. */
function readIndexClaim(span: Span): Read | null {
  const match = INDEX_CLAIM.exec(span.folded);
  const g: Groups | undefined = match?.groups;
  if (!match || !g) return null;
  const figure = readMeasured(g.num ?? g.num2 ?? '');
  if (!figure) return null;
  const length = match[0].length;
  const parts = { kind: 'index', direction: null, figure, unitSign: '%', qualifierWord: qualifierWordOf(g.q ?? g.q2) } as const;
  return { claim: claimOf(span.text.slice(0, length), parts), length };
}

/** A table cell that holds only a figure: a ratio with "lần", an index in an index column (spec §2b). */
function readCellFigure(text: string, folded: string, column: ClaimColumn): Claim | null {
  const g: Groups | undefined = CELL_FIGURE.exec(folded)?.groups;
  const figure = g ? readMeasured(g.num ?? '') : null;
  if (!g || !figure) return null;
  if (g.lan !== undefined) return claimOf(text, { kind: 'ratio', direction: null, figure });
  return column === 'index' ? claimOf(text, { kind: 'index', direction: null, figure, unitSign: '%' }) : null;
}

/** A bare "tăng" / "giảm", possibly followed by a comparison; `null` when not one. */
function parseDirectionClaim(text: string, folded: string): Claim | null {
  const direction = directionOf(DIRECTION_CLAIM.exec(folded)?.groups?.verb);
  return direction ? claimOf(text, { kind: 'direction', direction }) : null;
}

/** Every claim with a figure, in the order the grammar tries them. */
function readClaimWithFigure(span: Span, carried: Direction | null): Read | null {
  return (
    readFigureClaim(span, carried) ?? readFromToClaim(span) ?? readPlanClaim(span) ?? readIndexClaim(span) ?? readRateClaim(span)
  );
}

/**
 * What a table's claim column holds: `comparison` (the default: "Tăng 3,8 lần", also a bare "3,06 lần") or
 * `index` (a yearbook column headed "(%)" or "Năm trước = 100", where a bare "99,72" is an index).
 */
export type ClaimColumn = 'comparison' | 'index';

/**
 * Parses the comparison text printed next to two values (spec §2, §2b). Never throws: text that
 * is not a claim of a known kind gives `{ ok: false, reason: 'unparsed', text }`. `column` says what
 * the table column holds, for cells that are a bare figure.
 *
 * @example
 * parseClaim('Tăng\n3,8 lần')
 * // → { ok: true, kind: 'ratio', direction: 'up', figure: { value: 3.8, decimals: 1 },
 * //     unitSign: null, unitWord: null, qualifier: null, fromTo: null, text: 'Tăng 3,8 lần' }
 * parseClaim('bình quân tăng trên 10%/năm').kind // → 'average-annual' (qualifier 'lower')
 * parseClaim('99,72', 'index').kind // → 'index'
 * parseClaim('Tăng mạnh') // → { ok: false, reason: 'unparsed', text: 'Tăng mạnh' }
 */
export function parseClaim(input: string, column: ClaimColumn = 'comparison'): ParsedClaim {
  if (typeof input !== 'string') return unparsed('');
  const text = normalizeText(input);
  const folded = foldDiacriticsAligned(text);
  if (!HAS_DIGIT.test(folded)) return parseDirectionClaim(text, folded) ?? unparsed(text);
  const cell = readCellFigure(text, folded, column);
  if (cell !== null) return cell;
  // A table cell is one claim: it keeps its whole text, trailing context included.
  const withFigure = readClaimWithFigure({ text, folded }, null);
  if (withFigure !== null) return { ...withFigure.claim, text };
  return parseDirectionClaim(text, folded) ?? unparsed(text);
}

/**
 * The qualifier a word of the claim language expresses (spec §2): trên/hơn → lower bound,
 * dưới/chưa đến/chưa tới → upper bound, gần/khoảng/xấp xỉ/ước… → about. `null` for no word.
 *
 * @example
 * readQualifier('Chưa đến ') // → 'upper'
 * readQualifier('trên')      // → 'lower'
 */
export function readQualifier(word: string | undefined): Qualifier | null {
  const folded = normalizeText(foldDiacritics(word ?? ''));
  return folded === '' ? null : qualifierOf(qualifierWordOf(folded));
}

/** Prose prepared for readClaimAt: NFC text with single spaces and its aligned fold (made once per clause). */
export interface ClaimText {
  readonly text: string;
  readonly folded: string;
}

/**
 * Prepares a clause of NFC, whitespace-collapsed prose for readClaimAt.
 *
 * @example
 * claimTextOf('Doanh thu tăng 12,4% so với năm 2020').folded // → 'doanh thu tang 12,4% so voi nam 2020'
 */
export function claimTextOf(text: string): ClaimText {
  return { text, folded: foldDiacriticsAligned(text) };
}

/**
 * Reads the claim that starts at `at` in a clause, by the same grammar as parseClaim: the claim
 * (its `text` is the part of the clause it took) and where it ends. `carried` gives the direction
 * of a list head to a figure written without a verb. `null` when no claim with a figure starts there.
 *
 * @example
 * const clause = claimTextOf('Doanh thu tăng 12,4% so với năm 2020');
 * readClaimAt(clause, 10) // → { claim: { kind: 'percent', direction: 'up', text: 'tăng 12,4%', … }, end: 20 }
 * readClaimAt(clause, 0)  // → null
 */
export function readClaimAt(
  clause: ClaimText,
  at: number,
  carried: Direction | null = null,
): { readonly claim: Claim; readonly end: number } | null {
  const read = readClaimWithFigure({ text: clause.text.slice(at), folded: clause.folded.slice(at) }, carried);
  return read === null ? null : { claim: read.claim, end: at + read.length };
}

