import { claimTextOf, readClaimAt } from '../../claims/read-claim-at';
import type { Direction, ParsedClaim } from '../../claims/types';
import type { ExtractedClaim } from '../types';

// Grammar: opens-parenthesis := "(" whitespace* end
// Example: "… 09 trung tâm (" — a change that opens a parenthesis ("(giảm 125 trường học, …") may head a list.
const OPENS_PARENTHESIS = /\(\s*$/u;

// Grammar: list-gap := ( whitespace | letter | mark )* "," whitespace*
// Example: " trực thuộc, " between "2 trung tâm" and "160 điểm trường": the rest of a noun, then the comma.
const LIST_GAP = /^[\s\p{L}\p{M}]*,\s*$/u;

/** A count unit names what is counted ("trung tâm", "điểm trường"), unlike %, ‰ or none. */
function countUnit(claim: ExtractedClaim): string | null {
  const unit = claim.figures[0]?.unit ?? null;
  if (unit === null || unit.startsWith('%') || unit.startsWith('‰')) return null;
  return unit;
}

/**
 * A figure printed without its verb, read as a claim with the verb it carries over (lib/claims reads the figure as
 * printed); unparsed when the figure is no claim.
 *
 * @example
 * carriedClaim('2 trung tâm', 'down').ok && carriedClaim('2 trung tâm', 'down').kind // 'absolute'
 */
export function carriedClaim(text: string, direction: Direction): ParsedClaim {
  return readClaimAt(claimTextOf(text), 0, direction)?.claim ?? { ok: false, reason: 'unparsed', text };
}

/**
 * A change that opens a parenthesis carries its verb over the bare counts listed after it in that parenthesis:
 * "(giảm 125 trường học, 2 trung tâm trực thuộc, 160 điểm trường)" says three decreases, not one decrease and
 * two levels. Only counts (a unit that names things), without a qualifier, separated by nothing but the rest
 * of a noun and a comma, are taken; a list outside a parenthesis is left alone ("tăng 6 trạm, 3 phòng khám"
 * may well state a level).
 *
 * @example
 * carryListDirection(raw, extractedWithoutCarry).map((c) => c.claim?.ok && c.claim.direction);
 * // ['down', 'down', 'down']
 */
export function carryListDirection(raw: string, claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  const out = [...claims];
  for (let i = 0; i < out.length; i++) {
    const head = out[i];
    if (head === undefined || head.kind !== 'comparison' || head.direction === null || countUnit(head) === null) continue;
    if (!OPENS_PARENTHESIS.test(raw.slice(Math.max(0, head.start - 8), head.start))) continue;
    let previous = head;
    for (let j = i + 1; j < out.length; j++) {
      const item = out[j];
      if (item === undefined || item.sentence !== head.sentence || item.kind !== 'value' || item.qualifier !== null) break;
      const unit = countUnit(item);
      if (unit === null || !LIST_GAP.test(raw.slice(previous.end, item.start))) break;
      const carried: ExtractedClaim = {
        ...item,
        kind: 'comparison',
        indicator: unit,
        claim: carriedClaim(item.text, head.direction),
        direction: head.direction,
        years: head.years,
        compareTo: head.compareTo,
        inherited: true,
      };
      out[j] = carried;
      previous = carried;
    }
  }
  return out;
}
