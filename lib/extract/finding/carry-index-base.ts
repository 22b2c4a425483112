import { claimTextOf, readClaimAt } from '../../claims/read-claim-at';
import type { ExtractedClaim } from '../types';

// Grammar: index-verb-before := ( start | space | "," | ";" ) "bằng" space+ end — the verb of an index, right before
//   its figure
// Example: ", bằng " before "99,1%" in "phía Bắc đạt 1.117,1 nghìn ha, bằng 99,1%".
const INDEX_VERB_BEFORE = /(?:^|[\s,;])(bằng\s+)$/u;

// Grammar: clause-end := space* ( "," | ";" | "." | "(" | ")" | end ) — the figure ends its clause: no noun follows it (a
//   bracket opens a remark on it)
// Example: "bằng 99,1%;" and "bằng 98,1% (giảm 20,1 nghìn ha)" end their clause; "bằng 40% mức bình quân cả nước" names
//   another base, and is left alone.
const CLAUSE_END = /^\s*(?:[,;.()]|$)/u;

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
    const carried = head === null ? null : withIndexBase(raw, item, head);
    if (carried !== null) out[i] = carried;
  }
  carryBackward(raw, out);
  return out;
}

/** A bare "bằng X%" ending its clause, read as an index on the base of `head`; null for any other claim. */
function withIndexBase(raw: string, item: ExtractedClaim, head: ExtractedClaim): ExtractedClaim | null {
  if (item.kind !== 'value' || item.qualifier !== null || item.figures.length !== 1 || item.figures[0]?.unit !== '%') return null;
  const verb = INDEX_VERB_BEFORE.exec(raw.slice(Math.max(0, item.start - VERB_REACH), item.start));
  if (verb === null || !CLAUSE_END.test(raw.slice(item.end))) return null;
  const start = item.start - (verb[1]?.length ?? 0);
  const text = raw.slice(start, item.end).replace(/\s+/gu, ' ');
  const claim = readClaimAt(claimTextOf(text), 0)?.claim;
  if (claim === undefined || !claim.ok || claim.kind !== 'index') return null;
  return { ...item, kind: 'index', text, start, claim, direction: claim.direction, compareTo: head.compareTo, inherited: true };
}

// Grammar: level-comma := space* "," space* end — between an item's level and its "bằng X%"
// Example: "ngô 7.724 ha, bằng 82,11%" has ", " between "7.724 ha" and "bằng".
const LEVEL_COMMA = /^\s*,\s*$/u;

// Grammar: names-base := "so với" | "cùng kỳ" (whole words) — an index that names what it is on
// Example: "bằng 73,92% so với cùng kỳ" names it; "bằng 73,92%" does not.
const NAMES_BASE = /(?<![\p{L}\p{M}])(?:so\s+với|cùng\s+kỳ)(?![\p{L}\p{M}])/iu;

/**
 * The items of a list before its last index carry that index's base when the list names it only at its end: "ngô 7.724
 * ha, bằng 82,11%; khoai lang 1.123 ha, bằng 72,24%; …; rau các loại 2.595 ha, bằng 73,92% so với cùng kỳ" (Vĩnh
 * Phúc's winter crops, October 2017), with changes in words among them ("Ba Đồn thực hiện 2.555,3 ha, tăng 10,2%";
 * Quảng Bình's summer–autumn crop, August 2016). Each item must print its own level right before its "bằng X%", so
 * that a rate ("tỷ lệ hộ nghèo bằng 5,2%") is never taken for an index.
 */
function carryBackward(raw: string, out: ExtractedClaim[]): void {
  for (let i = out.length - 1; i >= 0; i--) {
    const head = out[i];
    if (head === undefined || head.kind !== 'index' || head.claim?.ok !== true || !NAMES_BASE.test(head.text)) continue;
    if (out[i + 1]?.sentence === head.sentence) continue;
    for (let j = i - 1; j >= 1; j--) {
      const item = out[j];
      const level = out[j - 1];
      if (item === undefined || level === undefined || item.sentence !== head.sentence) break;
      // The levels of the items, and their changes in words ("Ba Đồn thực hiện 2.555,3 ha, tăng 10,2%"), are passed over.
      if ((item.kind === 'value' && item.figures[0]?.unit !== '%') || item.kind === 'comparison') continue;
      const leveled = level.kind === 'value' && level.figures[0]?.unit !== '%' && LEVEL_COMMA.test(raw.slice(level.end, item.start).replace(/bằng\s*$/u, ''));
      const carried = leveled ? withIndexBase(raw, item, head) : null;
      if (carried === null) break;
      out[j] = carried;
    }
  }
}
