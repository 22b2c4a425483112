import type { ExtractedClaim } from '../types';

/*
 * A structure printed with its changes in "%" that are points (spec §2b points): "công nghiệp - xây dựng chiếm 58,66%,
 * tăng 3,73% so với năm 2015; dịch vụ chiếm 29,36%, giảm 2,88%; nông nghiệp chiếm 11,98%, giảm 0,85%". Read as relative
 * changes the shares of 2015 would add up to 98,86%; read as points, to 100%. The sentence then says which it meant.
 */

/** A share and the change printed right after it, in one sentence. */
interface SharedChange {
  readonly share: number;
  readonly change: number;
  /** The share's value and decimals. */
  readonly shareValue: number;
  readonly shareDecimals: number;
  /** The change, signed (a fall is negative), and its decimals. */
  readonly signed: number;
  readonly changeDecimals: number;
  readonly base: number | null;
}

/** A share in %, with no qualifier ("chiếm 58,66%"). */
function isPlainShare(claim: ExtractedClaim): boolean {
  const unit = claim.figures[0]?.unit ?? null;
  return claim.kind === 'share' && claim.qualifier === null && unit !== null && unit.startsWith('%');
}

/** A relative change in % on a year ("tăng 3,73% so với năm 2015"), with no values of its own. */
function isRelativeChange(claim: ExtractedClaim): boolean {
  const read = claim.claim;
  return claim.kind === 'comparison' && claim.endpoints === null && read?.ok === true && read.kind === 'percent' && read.qualifier === null && read.figure !== null;
}

function baseYearOf(claim: ExtractedClaim): number | null {
  return claim.compareTo !== null && 'year' in claim.compareTo ? claim.compareTo.year : null;
}

/** The share–change pairs of one sentence's claims (indices into `claims`), in order. */
function pairsOf(claims: readonly ExtractedClaim[], from: number, to: number): SharedChange[] {
  const pairs: SharedChange[] = [];
  for (let i = from; i + 1 < to; i++) {
    const share = claims[i];
    const change = claims[i + 1];
    if (share === undefined || change === undefined || !isPlainShare(share) || !isRelativeChange(change)) continue;
    const s = share.figures[0];
    const read = change.claim;
    if (s === undefined || read?.ok !== true || read.figure === null) continue;
    const sign = read.direction === 'down' ? -1 : 1;
    pairs.push({
      share: i,
      change: i + 1,
      shareValue: s.value,
      shareDecimals: s.decimals,
      signed: sign * read.figure.value,
      changeDecimals: read.figure.decimals,
      base: baseYearOf(change),
    });
  }
  return pairs;
}

/** Half a unit of the last printed digit of each figure, added up: how far a sum of them may be from its true value. */
function roundingOf(pairs: readonly SharedChange[], withChanges: boolean): number {
  return pairs.reduce((t, p) => t + 0.5 * 10 ** -p.shareDecimals + (withChanges ? 0.5 * 10 ** -p.changeDecimals : 0), 0);
}

/**
 * Whether the changes of a structure are points: two or more shares of one sentence that add up to 100, each with a
 * change in % on the same base (a year named once or with each change, or the same period before), whose earlier shares add up to 100 only when the changes are read as points.
 */
function readsAsPoints(pairs: readonly SharedChange[]): boolean {
  if (pairs.length < 2) return false;
  // One base for all: named with each change, or once for the list ("…; thuế sản phẩm chiếm 5,50%, giảm 0,11% so với
  // cùng kỳ năm trước"), or as the same period before (no year named).
  if (new Set(pairs.flatMap((p) => (p.base === null ? [] : [p.base]))).size > 1) return false;
  const shares = pairs.reduce((t, p) => t + p.shareValue, 0);
  if (Math.abs(shares - 100) > roundingOf(pairs, false) + 1e-9) return false;
  const tolerance = roundingOf(pairs, true) + 1e-9;
  const asPoints = pairs.reduce((t, p) => t + p.shareValue - p.signed, 0);
  const asRelative = pairs.reduce((t, p) => t + p.shareValue / (1 + p.signed / 100), 0);
  return Math.abs(asPoints - 100) <= tolerance && Math.abs(asRelative - 100) > tolerance;
}

/**
 * The changes of a structure whose earlier shares add up to 100 only as points (see above), read as points: each keeps
 * its printed text, is checked as a change in percentage points and is marked `readAsPoints`.
 *
 * @example
 * // claims of "Năm 2020 công nghiệp chiếm 58,66%, tăng 3,73% so với năm 2015; dịch vụ chiếm 29,36%, giảm 2,88% so với
 * // năm 2015; nông nghiệp chiếm 11,98%, giảm 0,85% so với năm 2015."
 * readSharePoints(claims)[1]?.claim?.kind // 'points'
 */
export function readSharePoints(claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  const out = [...claims];
  let start = 0;
  while (start < claims.length) {
    const sentence = claims[start]?.sentence;
    let end = start;
    while (end < claims.length && claims[end]?.sentence === sentence) end++;
    const pairs = pairsOf(claims, start, end);
    if (readsAsPoints(pairs)) {
      for (const p of pairs) {
        const change = out[p.change];
        const read = change?.claim;
        if (change !== undefined && read?.ok === true) out[p.change] = { ...change, claim: { ...read, kind: 'points' }, readAsPoints: 'shares' };
      }
    }
    start = end;
  }
  return out;
}
