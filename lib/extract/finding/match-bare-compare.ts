import { readDirectionAt, type ClaimText } from '../../claims/read-claim-at';
import type { ClaimMatch } from './claim-match';
import { readCompareTail } from './read-compare-tail';

// Grammar: bracket-after := ( letter | mark | space ){0,60} (lazy), none of them starting a word of cause or a copula
//   (space ( "là" | "do" | "vì" | "bởi" | "nhờ" ) space), then a lookahead for space* "(" space* digit: the rest of the
//   base's name, up to the bracket that prints its value.
// Example: "" before " (100 doanh nghiệp)" after "giảm so với năm 2022"; " của cả nước" before " (4,24%)"; not " là do tốc
//          độ tăng của ngành khai khoáng khá sâu" before " (6,9% so với 4,8%)" (GSO's IIP, 8 months of 2017: the bracket
//          is the cause's figures, not the base of "thấp hơn").
const BRACKET_AFTER = /^(?:(?!\s(?:là|do|vì|bởi|nhờ)\s)[\p{L}\p{M}\s]){0,60}?(?=\s*\(\s*\d)/u;

/**
 * A direction word with no figure whose base follows in brackets ("giảm so với năm 2022 (100 doanh nghiệp)",
 * "thấp hơn mức tăng chung của cả nước (4,24%)"): a direction-only comparison, up to the bracket. Without the
 * bracket it is no claim (a bare "tăng so với cùng kỳ" prints nothing to check).
 *
 * @example
 * BARE_COMPARE.lastIndex = 0;
 * const text = 'có 120 doanh nghiệp, giảm so với năm 2022 (100 doanh nghiệp)';
 * matchBareCompare(BARE_COMPARE.exec(text)!, claimTextOf(text))?.claim; // { kind: 'direction', direction: 'down', … }
 */
export function matchBareCompare(m: RegExpExecArray, clause: ClaimText): ClaimMatch | null {
  const read = readDirectionAt(clause, m.index);
  if (read === null) return null;
  const tail = readCompareTail(clause.text.slice(read.end), m.groups?.['cmp'] !== undefined);
  if (tail === null) return null;
  const tailEnd = read.end + tail.end;
  const rest = BRACKET_AFTER.exec(clause.text.slice(tailEnd));
  if (rest === null) return null;
  return {
    kind: 'comparison',
    start: m.index,
    end: tailEnd + rest[0].trimEnd().length,
    figures: [],
    claim: read.claim,
    direction: read.claim.direction,
    qualifier: read.claim.qualifier,
    compareTo: tail.compareTo,
    ownYears: null,
    endpoints: null,
    figureEnd: read.end,
  };
}
