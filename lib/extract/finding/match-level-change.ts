import { readLevelChangeAt, type ClaimText } from '../../claims';
import type { ClaimMatch } from './claim-match';
import { makeFigure } from './figure-grammar';

/**
 * "tăng lên 14,8%", "giảm xuống còn 6,05%": a direction claim and the level reached, as a `from-to` match with
 * only its later figure. linkLevelChanges gives it the earlier level its sentence printed, or makes it a value.
 * `null` when lib/claims reads no such claim there (a qualifier, a ratio "tăng lên 3 lần").
 *
 * @example
 * LEVEL_CHANGE.lastIndex = 0;
 * matchLevelChange(LEVEL_CHANGE.exec('đến năm 2018 tăng lên 14,8%')!, claimTextOf('đến năm 2018 tăng lên 14,8%'))?.figures;
 * // [{ value: 14.8, decimals: 1, unit: '%' }]
 */
export function matchLevelChange(m: RegExpExecArray, clause: ClaimText): ClaimMatch | null {
  const g = m.groups ?? {};
  const figure = makeFigure(g['n'] ?? '', g['u']);
  const read = readLevelChangeAt(clause, m.index);
  const end = m.index + m[0].length;
  if (figure === null || read === null || figure.unit === 'lần') return null;
  return {
    kind: 'from-to',
    start: m.index,
    end,
    figures: [figure],
    claim: read.claim,
    qualifier: null,
    direction: read.claim.direction,
    compareTo: null,
    ownYears: null,
    endpoints: null,
    figureEnd: end,
  };
}
