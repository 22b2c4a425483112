import { claimTextOf, readClaimAt } from '../../claims';
import type { ExtractedClaim } from '../types';

/**
 * A change stated twice: as a rate, then "tương ứng" as an amount ("thu nhập tăng 30,1%, tương ứng khoảng 1,6 triệu
 * đồng"). The amount is a change of the same indicator against the same base, in the direction of the rate
 * (spec §2 absolute), not a level.
 */

// Grammar: respective-amount := space* "," space* "tương ứng" ( space+ ( "với" | "là" ) )? space* end
// Example: ", tương ứng " between "tăng 30,1%" and "khoảng 1,6 triệu đồng"; not ", tương ứng là 28,27% và …" after a
//   level (the claim before must be a change).
const RESPECTIVE = /^\s*,\s*tương\s+ứng(?:\s+(?:với|là))?\s*$/iu;

/** A change with a direction: the rate whose amount may follow. */
function isRateChange(claim: ExtractedClaim | undefined): claim is ExtractedClaim {
  return claim !== undefined && claim.kind === 'comparison' && claim.direction !== null && claim.claim?.ok === true && claim.claim.unitSign !== null;
}

/**
 * Reads each level printed "tương ứng" right after a rate of change in its sentence as the same change in amount:
 * a comparison with the rate's indicator, years, base and direction. Offsets into `raw`; the claims of one sentence.
 *
 * @example
 * linkRespectiveChanges(raw, claims).map((c) => c.kind);
 * // raw 'So với năm 2021, thu nhập tăng 30,1%, tương ứng khoảng 1,6 triệu đồng.' → ['comparison', 'comparison']
 */
export function linkRespectiveChanges(raw: string, claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  const out = [...claims];
  for (let index = 1; index < out.length; index++) {
    const claim = out[index];
    const rate = out[index - 1];
    if (claim === undefined || claim.kind !== 'value' || !isRateChange(rate) || rate.sentence !== claim.sentence) continue;
    if (!RESPECTIVE.test(raw.slice(rate.end, claim.start))) continue;
    const read = readClaimAt(claimTextOf(claim.text), 0, rate.direction);
    if (read === null || read.end !== claim.text.length || read.claim.kind !== 'absolute') continue;
    out[index] = {
      ...claim,
      kind: 'comparison',
      claim: read.claim,
      direction: read.claim.direction,
      qualifier: read.claim.qualifier,
      indicator: rate.indicator,
      years: rate.years,
      compareTo: rate.compareTo,
      inherited: true,
    };
    // The next claim that took its subject from the amount ("tương ứng") takes the rate's instead.
    const next = out[index + 1];
    if (next !== undefined && next.inherited && next.sentence === claim.sentence && next.indicator === claim.indicator) {
      out[index + 1] = { ...next, indicator: rate.indicator };
    }
  }
  return out;
}
