import { parseClaim, type ClaimColumn } from '../claims/parse-claim';
import type { ParsedClaim } from '../claims/types';
import { parseNumber } from '../numbers/parse-number';
import type { ReportTable } from '../tables/types';

/** Reads a row's claim cell against the table's comparison: `null` when the cell claims nothing. */
export type ClaimReader = (text: string | null, compare: ReportTable['compare']) => ParsedClaim | null;

/** Whether a cell is empty or holds only a no-data mark, as the number reader knows them. */
function isNoData(text: string): boolean {
  const read = parseNumber(text);
  return !read.ok && read.reason === 'missing';
}

/**
 * A bare figure in an index column whose header compares with the plan ("So sánh (%) TH 2023/KH 2023" over
 * "100,4") is "bằng 100,4% kế hoạch": the achieved value over the plan, not one year over another.
 */
function planIndex(claim: ParsedClaim, compare: ReportTable['compare']): ParsedClaim {
  if (!claim.ok || claim.kind !== 'index' || compare?.fromPlan !== true) return claim;
  return { ...claim, kind: 'plan', planVerb: 'bang' };
}

/**
 * The claim reader of one table: parseClaim by what its claim column holds, once per distinct claim text (tables
 * repeat their claim texts, and parseClaim is pure). An empty cell or a no-data mark ("-", "...", "x" in
 * yearbooks) claims nothing.
 *
 * @example
 * const read = claimReaderOf('index');
 * read('99,72', { from: 2012, to: 2013 })?.ok // true (an index)
 * read('-', { from: 2012, to: 2013 })        // null
 */
export function claimReaderOf(column: ClaimColumn): ClaimReader {
  const parsed = new Map<string, ParsedClaim>();
  return (text, compare) => {
    if (text === null || isNoData(text)) return null;
    let claim = parsed.get(text);
    if (claim === undefined) {
      claim = parseClaim(text, column);
      parsed.set(text, claim);
    }
    return planIndex(claim, compare);
  };
}
