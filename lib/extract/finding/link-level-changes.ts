import { isPeriod } from './find-time-phrases';
import type { ExtractedClaim, YearValue } from '../types';

/**
 * A level reached after a direction word ("tỷ trọng … là 13,3% năm 2016, đến năm 2018 tăng lên 14,8%") is a
 * direction claim between the level printed right before it and the one it names (spec §2 direction only).
 */

function ownYear(claim: ExtractedClaim): number | null {
  return !isPeriod(claim.years) && claim.years.length === 1 ? (claim.years[0] ?? null) : null;
}

/** A "tăng lên …" claim as match-level-change.ts reads it: from–to, a direction claim, only its later figure. */
function isLevelChange(claim: ExtractedClaim): boolean {
  return claim.kind === 'from-to' && claim.endpoints === null && claim.figures.length === 1 && claim.claim?.ok === true && claim.claim.kind === 'direction';
}

/** The earlier level: the claim right before, in the same sentence, a plain level in the same unit. */
function earlierLevel(before: ExtractedClaim | undefined, claim: ExtractedClaim): YearValue | null {
  const figure = before?.figures[0];
  const later = claim.figures[0];
  if (before === undefined || figure === undefined || later === undefined || before.sentence !== claim.sentence) return null;
  if ((before.kind !== 'value' && before.kind !== 'share') || before.qualifier !== null || before.figures.length !== 1) return null;
  if (figure.unit === null || figure.unit !== later.unit) return null;
  return { ...figure, year: ownYear(before) };
}

/**
 * Gives each "tăng lên N" / "giảm xuống N" claim its two ends: the level printed right before it (same sentence,
 * same unit) and the level it names. Where there is no such level it stays what it was before this form was read:
 * a plain value.
 *
 * @example
 * linkLevelChanges(extracted).at(-1)?.endpoints;
 * // 'Tỷ trọng người cao tuổi là 13,3% năm 2016, đến năm 2018 tăng lên 14,8%.' → { from: 13,3 %, to: 14,8 % (2018) }
 */
export function linkLevelChanges(claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  return claims.map((claim, index) => {
    if (!isLevelChange(claim)) return claim;
    const later = claim.figures[0];
    const from = earlierLevel(claims[index - 1], claim);
    if (later === undefined || from === null) return { ...claim, kind: 'value', claim: null, direction: null };
    const to: YearValue = { ...later, year: ownYear(claim) };
    const previous = claims[index - 1];
    return { ...claim, figures: [from, later], endpoints: { from, to }, indicator: claim.indicator ?? previous?.indicator ?? null };
  });
}
