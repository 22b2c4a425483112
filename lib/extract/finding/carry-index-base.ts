import { claimTextOf, readClaimAt } from '../../claims/read-claim-at';
import type { ExtractedClaim } from '../types';

// Grammar: index-verb-before := ( start | space | "," | ";" ) "bằng" space+ end — the verb of an index, right before
//   its figure
// Example: ", bằng " before "99,1%" in "phía Bắc đạt 1.117,1 nghìn ha, bằng 99,1%".
const INDEX_VERB_BEFORE = /(?:^|[\s,;])(bằng\s+)$/u;

// Grammar: clause-end := space* ( "," | ";" | "." | ")" | end ) — the figure ends its clause: no noun follows it
// Example: "bằng 99,1%;" ends its clause; "bằng 40% mức bình quân cả nước" names another base, and is left alone.
const CLAUSE_END = /^\s*(?:[,;.)]|$)/u;

/** How far before a figure its verb "bằng" may start (", bằng " and a few spaces). */
const VERB_REACH = 12;

/**
 * An index printed after an index of the same sentence carries that index's base: "đạt 3.123,9 nghìn ha, bằng 100,7%
 * cùng kỳ năm trước, trong đó phía Bắc đạt 1.117,1 nghìn ha, bằng 99,1%; phía Nam …, bằng 101,6%" (GSO's farming
 * releases) says three indices on the same period a year earlier, where the later two were plain levels in %. Only a
 * "bằng X%" that ends its clause is taken: "bằng 40% mức bình quân cả nước" names another base.
 *
 * @example
 * carryIndexBase(raw, claims).map((c) => c.kind) // ['value', 'index', 'value', 'index'] for the sentence above's first half
 */
export function carryIndexBase(raw: string, claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  const out = [...claims];
  let head: ExtractedClaim | null = null;
  for (let i = 0; i < out.length; i++) {
    const item = out[i];
    if (item === undefined) continue;
    if (head !== null && item.sentence !== head.sentence) head = null;
    if (item.kind === 'index' && item.claim?.ok === true) {
      head = item;
      continue;
    }
    if (head === null || item.kind !== 'value' || item.qualifier !== null || item.figures.length !== 1 || item.figures[0]?.unit !== '%') continue;
    const verb = INDEX_VERB_BEFORE.exec(raw.slice(Math.max(0, item.start - VERB_REACH), item.start));
    if (verb === null || !CLAUSE_END.test(raw.slice(item.end))) continue;
    const start = item.start - (verb[1]?.length ?? 0);
    const text = raw.slice(start, item.end).replace(/\s+/gu, ' ');
    const claim = readClaimAt(claimTextOf(text), 0)?.claim;
    if (claim === undefined || !claim.ok || claim.kind !== 'index') continue;
    out[i] = { ...item, kind: 'index', text, start, claim, direction: claim.direction, compareTo: head.compareTo, inherited: true };
  }
  return out;
}
