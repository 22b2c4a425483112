import type { Claim, ClaimKind } from '../claims/types';
import type { UnitSign } from '../numbers/types';
import { formatNumber } from '../numbers/format-number';

/** The parts of a claim its wording depends on, with the kind it is checked as. */
export interface WordedClaim {
  readonly kind: ClaimKind;
  readonly claim: Claim;
}

/** Decimals to show a computed figure with: one more than the claim, at least two. */
export function displayDecimals(claimDecimals: number): number {
  return Math.max(2, claimDecimals + 1);
}

/** "điểm phần trăm" or "điểm phần nghìn". */
export function pointsWords(sign: UnitSign | null): string {
  return sign === '‰' ? 'điểm phần nghìn' : 'điểm phần trăm';
}

/**
 * What follows a computed result (`= 3,75`, `= 186,37%`, `= 4,88%/năm`).
 *
 * @example
 * resultSuffix({ kind: 'average-annual', claim }); // "%/năm"
 */
export function resultSuffix(worded: WordedClaim): string {
  const { kind, claim } = worded;
  switch (kind) {
    case 'percent':
      return claim.unitSign ?? '%';
    case 'average-annual':
      return '%/năm';
    case 'plan':
    case 'index':
      return '%';
    case 'points':
      return ` ${pointsWords(claim.unitSign)}`;
    case 'absolute':
      return claim.unitWord ? ` ${claim.unitWord}` : '';
    default:
      return '';
  }
}

/**
 * What follows the figure in the claim's own words (`3,8 lần`, `104% kế hoạch`).
 *
 * @example
 * claimSuffix({ kind: 'ratio', claim }); // " lần"
 */
export function claimSuffix(worded: WordedClaim): string {
  switch (worded.kind) {
    case 'ratio':
    case 'ratio-down':
    case 'ratio-minus-one':
      return ' lần';
    case 'plan':
      return '% kế hoạch';
    default:
      return resultSuffix(worded);
  }
}

/** The claim text lower-cased in NFC, for spotting which word it used. */
function claimWords(claim: Claim): string {
  return claim.text.normalize('NFC').toLowerCase();
}

/**
 * The qualifier word as the claim wrote it ("trên", "hơn", "dưới", "khoảng"…), or `null`.
 *
 * @example
 * qualifierWord({ ...claim, qualifier: 'lower', text: 'tăng hơn 10%' }); // "hơn"
 */
export function qualifierWord(claim: Claim): string | null {
  const words = claimWords(claim);
  switch (claim.qualifier) {
    case 'lower':
      return words.includes('hơn') ? 'hơn' : 'trên';
    case 'upper':
      return 'dưới';
    case 'about':
      return ['xấp xỉ', 'khoảng', 'gần', 'ước'].find((word) => words.includes(word)) ?? 'khoảng';
    default:
      return null;
  }
}

/**
 * The verb before the figure: "tăng"/"giảm" from the claim, else from the values' change
 * (`changeSign`), "gấp" for a ratio without direction, "bằng"/"đạt" for a plan.
 */
export function leadWord(worded: WordedClaim, changeSign: number): string {
  const { kind, claim } = worded;
  if (kind === 'plan') return claimWords(claim).includes('bằng') ? 'bằng' : 'đạt';
  if (kind === 'index') return 'bằng';
  if (kind === 'ratio-minus-one') return claim.direction === 'down' ? 'giảm thêm' : 'tăng thêm';
  if (kind === 'ratio-down') return 'giảm';
  if (claim.direction === 'up') return 'tăng';
  if (claim.direction === 'down') return 'giảm';
  if (kind === 'ratio') return 'gấp';
  return changeSign < 0 ? 'giảm' : 'tăng';
}

/**
 * A figure in the claim's words, e.g. "tăng 3,1 lần", "giảm 28,75 điểm phần trăm",
 * "tăng 5%/năm", "đạt 110,6% kế hoạch"; `qualifier` is put before the figure when given.
 *
 * @example
 * phraseFigure({ kind: 'ratio', claim }, 3.113, 1, 1, null); // "tăng 3,1 lần"
 */
export function phraseFigure(
  worded: WordedClaim,
  value: number,
  decimals: number,
  changeSign: number,
  qualifier: string | null,
): string {
  const figure = `${formatNumber(value, decimals)}${claimSuffix(worded)}`;
  const parts = [leadWord(worded, changeSign), qualifier, figure].filter((part) => part !== null);
  return parts.join(' ');
}

/** The claimed figure with its qualifier and suffix, as quoted in messages ("trên 10%/năm"). */
export function quoteClaimFigure(worded: WordedClaim): string {
  const figure = worded.claim.figure;
  if (figure === null) return worded.claim.text;
  const qualifier = qualifierWord(worded.claim);
  const upper = worded.claim.upper;
  const range = upper ? `–${formatNumber(upper.value, upper.decimals)}` : '';
  const body = `${formatNumber(figure.value, figure.decimals)}${range}${claimSuffix(worded)}`;
  return qualifier === null ? body : `${qualifier} ${body}`;
}

/** A value as the table prints it, with `%`/`‰` when the unit is one of those. */
export function formatValue(value: number, decimals: number, unitSign: UnitSign | null): string {
  return `${formatNumber(value, decimals)}${unitSign ?? ''}`;
}
