import type { Measured, UnitSign } from '../numbers/types';
import { DIRECTION_CLAIM, FIGURE_CLAIM, FROM_TO_CLAIM, HAS_DIGIT, PLAN_CLAIM } from './claim-grammar';
import { foldDiacriticsAligned, normalizeText } from './normalize-text';
import { readMeasured } from '../numbers/read-measured';
import type { Claim, ClaimKind, Direction, ParsedClaim, Qualifier } from './types';

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
 */

type Groups = Partial<Record<string, string>>;

function unparsed(text: string): ParsedClaim {
  return { ok: false, reason: 'unparsed', text };
}

function qualifierOf(word: string | undefined): Qualifier | null {
  if (word === undefined) return null;
  if (word === 'tren' || word === 'hon') return 'lower';
  if (word === 'duoi') return 'upper';
  return 'about';
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

interface ClaimParts {
  readonly kind: ClaimKind;
  readonly direction: Direction | null;
  readonly figure?: Measured | null;
  readonly unitSign?: UnitSign | null;
  readonly unitWord?: string | null;
  readonly qualifier?: Qualifier | null;
  readonly fromTo?: Claim['fromTo'];
}

function claimOf(text: string, parts: ClaimParts): Claim {
  return {
    ok: true,
    kind: parts.kind,
    direction: parts.direction,
    figure: parts.figure ?? null,
    unitSign: parts.unitSign ?? null,
    unitWord: parts.unitWord ?? null,
    qualifier: parts.qualifier ?? null,
    fromTo: parts.fromTo ?? null,
    text,
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

/** Ratio, percent, points, absolute and average-annual claims; `null` when not one. */
function parseFigureClaim(text: string, folded: string): Claim | null {
  const match = FIGURE_CLAIM.exec(folded);
  const g: Groups | undefined = match?.groups;
  if (!match || !g) return null;
  const figure = readMeasured(g.num ?? '');
  if (!figure) return null;
  const direction = directionOf(g.verb);
  const qualifier = qualifierOf(g.q0 ?? g.q1 ?? g.q2);
  const average = g.avg0 ?? g.avg1 ?? g.each ?? g.per;

  if (g.lan !== undefined) {
    const kind = average === undefined ? ratioKind(g) : null;
    return kind ? claimOf(text, { kind, direction, figure, qualifier }) : null;
  }
  // Everything below needs a verb and takes no "gấp" and no "lên".
  if (direction === null || g.gap !== undefined || g.mod === 'len') return null;
  if (g.mod === 'di' && direction !== 'down') return null;

  if (g.diem !== undefined) {
    if (average !== undefined) return null;
    const unitSign = signOf(g.diemSign, g.diemWords);
    return claimOf(text, { kind: 'points', direction, figure, unitSign, qualifier });
  }
  const unitSign = signOf(g.sign, g.signWords);
  if (unitSign !== null) {
    if (average === undefined) return claimOf(text, { kind: 'percent', direction, figure, unitSign, qualifier });
    if (unitSign !== '%') return null;
    return claimOf(text, { kind: 'average-annual', direction, figure, unitSign, qualifier });
  }
  if (average !== undefined) return null;
  // The folded text is aligned with `text`, so the unit is cut from the original spelling.
  const span = match.indices?.groups?.words;
  const unitWord = span ? text.slice(span[0], span[1]) : null;
  return claimOf(text, { kind: 'absolute', direction, figure, unitWord, qualifier });
}

/** "tăng từ A lên B", "giảm từ A xuống còn B", "từ A lên B"; `null` when not one. */
function parseFromToClaim(text: string, folded: string): Claim | null {
  const g: Groups | undefined = FROM_TO_CLAIM.exec(folded)?.groups;
  if (!g) return null;
  const from = readMeasured(g.from ?? '');
  const to = readMeasured(g.to ?? '');
  if (!from || !to) return null;
  const link = g.link ?? '';
  const direction =
    directionOf(g.verb) ?? (link.startsWith('len') ? 'up' : link.startsWith('xuong') ? 'down' : null);
  if (direction === null) return null;
  const unitSign = signOf(g.toSign ?? g.fromSign, undefined);
  return claimOf(text, { kind: 'direction', direction, unitSign, fromTo: { from, to } });
}

/** "bằng 104% kế hoạch", "đạt 100% KH"; `null` when not one. */
function parsePlanClaim(text: string, folded: string): Claim | null {
  const g: Groups | undefined = PLAN_CLAIM.exec(folded)?.groups;
  if (!g) return null;
  const figure = readMeasured(g.num ?? '');
  if (!figure) return null;
  const qualifier = qualifierOf(g.q0 ?? g.q1);
  return claimOf(text, { kind: 'plan', direction: null, figure, unitSign: '%', qualifier });
}

/** A bare "tăng" / "giảm", possibly followed by a comparison; `null` when not one. */
function parseDirectionClaim(text: string, folded: string): Claim | null {
  const direction = directionOf(DIRECTION_CLAIM.exec(folded)?.groups?.verb);
  return direction ? claimOf(text, { kind: 'direction', direction }) : null;
}

/**
 * Parses the comparison text printed next to two values (spec §2). Never throws: text that
 * is not a claim of a known kind gives `{ ok: false, reason: 'unparsed', text }`.
 *
 * @example
 * parseClaim('Tăng\n3,8 lần')
 * // → { ok: true, kind: 'ratio', direction: 'up', figure: { value: 3.8, decimals: 1 },
 * //     unitSign: null, unitWord: null, qualifier: null, fromTo: null, text: 'Tăng 3,8 lần' }
 * parseClaim('bình quân tăng trên 10%/năm').kind // → 'average-annual' (qualifier 'lower')
 * parseClaim('Tăng mạnh') // → { ok: false, reason: 'unparsed', text: 'Tăng mạnh' }
 */
export function parseClaim(input: string): ParsedClaim {
  if (typeof input !== 'string') return unparsed('');
  const text = normalizeText(input);
  const folded = foldDiacriticsAligned(text);
  const withFigure = HAS_DIGIT.test(folded)
    ? (parseFigureClaim(text, folded) ?? parseFromToClaim(text, folded) ?? parsePlanClaim(text, folded))
    : null;
  return withFigure ?? parseDirectionClaim(text, folded) ?? unparsed(text);
}
