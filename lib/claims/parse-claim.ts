import { claimOf } from './build-claim';
import { CELL_FIGURE, HAS_DIGIT } from './claim-grammar';
import { foldDiacriticsAligned, normalizeText } from './normalize-text';
import { readMeasured } from '../numbers/read-measured';
import { readClaimWithFigure } from './read-claim-at';
import { readDirectionCell } from './read-direction-claim';
import { readWordRatioClaim } from './read-word-ratio';
import type { Groups } from './reader-types';
import type { Claim, ParsedClaim } from './types';

/**
 * Claim parsing (spec §2). The text is NFC-normalised and whitespace-collapsed (that form is
 * kept as `text`), then folded (lower case, no diacritics, same length) and matched against
 * the grammar in ./claim-grammar.ts. Text typed without diacritics therefore parses the same.
 *
 * Rules decided here, beyond the spec's table:
 * - "tăng lên N lần" is a ratio; "lên" with any other unit ("tăng lên 20%") states a level,
 *   not a change, and stays unparsed. "đi" goes only with "giảm" ("giảm đi 20%").
 * - "thêm" turns a ratio into ratio-minus-one ("tăng thêm 2 lần") and is otherwise ignored
 *   ("tăng thêm 785 doanh nghiệp" is absolute). "giảm thêm N lần" stays unparsed.
 * - "bình quân" / "trung bình" / "mỗi năm" / "/năm" make an average-annual claim, which must
 *   be in `%`; with any other unit there is no kind for it and the text stays unparsed.
 * - A `‰` change ("giảm 0,4‰") is a percent claim with `unitSign: '‰'`; the verifier decides
 *   between relative and point readings.
 * - "điểm" without "%" / "phần trăm" is a points claim with `unitSign: null`.
 * - A from–to form without a verb takes its direction from "lên" (up) or "xuống" (down);
 *   with a verb, the verb is the claim. "từ A đến B" with no verb has no direction: unparsed.
 * - Several qualifiers: the first one written counts.
 * - "vượt N% kế hoạch" (N % over the plan) is a `plan-excess` claim with the figure N as printed:
 *   value / plan × 100 − 100 (spec §2b).
 * - "[bình quân] đạt N%/năm" states a yearly growth rate: average-annual, direction up. Without
 *   "bình quân" or "/năm" it is a level, not a claim.
 * - Comparatives (spec §2b) are signed differences: "cao hơn 0,6 điểm phần trăm" is points up, "thấp hơn
 *   0,2 người/hộ" absolute down, "cao hơn 5%" percent up; "cao gấp hơn 1,2 lần" is a ratio with "hơn" as its
 *   qualifier. A comparative with "lần" alone ("cao hơn 2 lần") is ambiguous and stays unparsed.
 * - A sign after the verb repeats it: "giảm (-9,28%)" and "giảm -9,28%" are a fall of 9,28 %; a sign that
 *   contradicts the verb ("tăng (-3%)") is no claim. A bracket must be closed.
 * - A range "tăng 7-8%" / "6,5% - 7%/năm" keeps its lower bound as `figure` and its upper as `upper`; the
 *   upper bound must be the larger.
 * - Scale words in an absolute claim's unit ("tăng thêm 10,4 triệu người") set `scale` (1e6).
 * - An index ("bằng 104,2% so với cùng kỳ", "tốc độ phát triển 109,48%") has no direction: a value below 100
 *   is a fall written as an index, never a wrong direction.
 * - A table cell holding only a figure is a claim only by its column: "3,06 lần" is a ratio in any comparison
 *   column, a bare "99,72" (or "99,72%") an index in an index column (parseClaim's `column`).
 *
 * Every reader (read-figure-claim.ts, read-from-to-claim.ts, read-plan-claim.ts, read-index-claim.ts,
 * read-rate-claim.ts, read-word-ratio.ts, tried in that order by read-claim-at.ts) works on a view of the text from a position
 * (`Span`) and answers the claim and how much of the text it took, so prose (lib/extract) reads claims where
 * it finds them with the same grammar that reads table cells.
 */

function unparsed(text: string): ParsedClaim {
  return { ok: false, reason: 'unparsed', text };
}

/**
 * A table cell that holds only a figure: a ratio with "lần", an index in an index column, an average annual
 * rate in an average column (spec §2b), a rise or fall on the year before in a growth column; a sign only in an
 * average or growth column, where a minus is a fall and a plus a rise.
 */
function readCellFigure(text: string, folded: string, column: ClaimColumn): Claim | null {
  const g: Groups | undefined = CELL_FIGURE.exec(folded)?.groups;
  const figure = g ? readMeasured(g.num ?? '') : null;
  if (!g || !figure) return null;
  switch (column) {
    case 'average':
      if (g.lan !== undefined) return null;
      return claimOf(text, { kind: 'average-annual', direction: g.minus === undefined ? 'up' : 'down', figure, unitSign: '%' });
    case 'growth':
      if (g.lan !== undefined) return null;
      return claimOf(text, { kind: 'percent', direction: g.minus === undefined ? 'up' : 'down', figure, unitSign: '%' });
    case 'index':
    case 'comparison':
      if (g.minus !== undefined || g.plus !== undefined) return null;
      if (g.lan !== undefined) return claimOf(text, { kind: 'ratio', direction: null, figure });
      return column === 'index' ? claimOf(text, { kind: 'index', direction: null, figure, unitSign: '%' }) : null;
  }
}

/**
 * What a table's claim column holds: `comparison` (the default: "Tăng 3,8 lần", also a bare "3,06 lần"),
 * `index` (a yearbook column headed "(%)" or "Năm trước = 100", where a bare "99,72" is an index),
 * `average` (a column headed "Tốc độ tăng bình quân 2016-2020 (%)", where a bare "11,2" is an average annual
 * rate and "-2,3" a fall) or `growth` (a yearbook block "Tỷ lệ tăng - Growth rate (%)", where a bare "0,93" is a
 * rise of 0,93 % on the year before and "-0,75" a fall).
 */
export type ClaimColumn = 'comparison' | 'index' | 'average' | 'growth';

/**
 * Parses the comparison text printed next to two values (spec §2, §2b). Never throws: text that
 * is not a claim of a known kind gives `{ ok: false, reason: 'unparsed', text }`. `column` says what
 * the table column holds, for cells that are a bare figure.
 *
 * @example
 * parseClaim('Tăng\n3,8 lần')
 * // → { ok: true, kind: 'ratio', direction: 'up', figure: { value: 3.8, decimals: 1 },
 * //     unitSign: null, unitWord: null, qualifier: null, fromTo: null, text: 'Tăng 3,8 lần' }
 * parseClaim('bình quân tăng trên 10%/năm').kind // → 'average-annual' (qualifier 'lower')
 * parseClaim('99,72', 'index').kind // → 'index'
 * parseClaim('Tăng mạnh') // → { ok: false, reason: 'unparsed', text: 'Tăng mạnh' }
 */
export function parseClaim(input: string, column: ClaimColumn = 'comparison'): ParsedClaim {
  if (typeof input !== 'string') return unparsed('');
  const text = normalizeText(input);
  const folded = foldDiacriticsAligned(text);
  if (!HAS_DIGIT.test(folded)) {
    // "Tăng gấp đôi": a multiple in words is the one figure a cell may print without digits.
    const word = readWordRatioClaim({ text, folded });
    return word !== null ? { ...word.claim, text } : (readDirectionCell(text, folded) ?? unparsed(text));
  }
  const cell = readCellFigure(text, folded, column);
  if (cell !== null) return cell;
  // A table cell is one claim: it keeps its whole text, trailing context included.
  const withFigure = readClaimWithFigure({ text, folded }, null);
  if (withFigure !== null) return { ...withFigure.claim, text };
  return readDirectionCell(text, folded) ?? unparsed(text);
}
