import { foldDiacritics } from '../../claims/normalize-text';
import { formatNumber } from '../../numbers/format-number';
import { halfUnit } from '../../verify/interval';
import type { ConsistencyExplanation, ConsistencyFinding } from './consistency-types';
import { contributionsIn, EPSILON, termsText, type Contribution } from './contribution-terms';
import type { SentenceSpan } from './sentence-spans';

/*
 * The industry and the construction sharing out their sector's contribution: "Khu vực công nghiệp – xây dựng đóng góp
 * 2,93 điểm phần trăm …; trong đó công nghiệp đóng góp 2,22 điểm phần trăm trong khi xây dựng đóng góp 0,66 điểm phần
 * trăm" (Bình Định, first half of 2024): 2,22 + 0,66 = 2,88, not 2,93. The two are the whole sector, so their points add
 * up to its points within rounding.
 */

// Grammar: of-which := ( start | "," | ";" ) space* "trong" space+ "đó" followed by a space or ":"
// Example: "; trong đó công nghiệp đóng góp 2,22 điểm phần trăm" opens the sector's own parts.
const OF_WHICH = /(?:^|[,;])\s*trong\s+đó(?=[\s:])/giu;

/** How many "trong đó" of one sentence are read. */
const MAX_MARKERS = 4;

// Grammar (folded): industry-and-construction := "cong nghiep" ( " va " | space? ( "-" | "–" | "," ) space? | space ) "xay dung";
//   construction := "xay dung" (whole words); industry := "cong nghiep" (whole words)
// Example: "Khu vực công nghiệp – xây dựng đóng góp" names the sector; "trong đó công nghiệp đóng góp" the industry, "xây
//   dựng đóng góp" the construction.
const SECTOR = /cong nghiep(?: va | ?[-–,] ?| )xay dung/u;
const CONSTRUCTION = /(?<![a-z])xay dung(?![a-z])/u;
const INDUSTRY = /(?<![a-z])cong nghiep(?![a-z])/u;

/** The folded words printed before each contribution, since the one before it (or `from`). */
function labelsOf(text: string, from: number, parts: readonly Contribution[]): string[] {
  return parts.map((p, i) => foldDiacritics(text.slice(i === 0 ? from : (parts[i - 1]?.place.end ?? from), p.place.start)).toLowerCase());
}

/**
 * The industry's and the construction's contributions against their sector's in `sentence`, when the sentence prints
 * the sector's, then "trong đó" and the two parts named one each; a finding when they do not add up, else an explanation.
 *
 * @example
 * subContributions(t, sentenceSpans(t)[0])?.finding?.computed // 2,88 for the sentence of the module comment
 */
export function subContributions(text: string, sentence: SentenceSpan): { finding: ConsistencyFinding | null; explanation: ConsistencyExplanation | null } | null {
  // A sector's parts follow one of the sentence's first few "trong đó": each is read to the sentence's end, so a long
  // sentence of many is not read again for each.
  for (const marker of [...sentence.text.matchAll(OF_WHICH)].slice(0, MAX_MARKERS)) {
    const at = sentence.start + marker.index + marker[0].length;
    const before = contributionsIn(text, sentence.start, at);
    const whole = before[before.length - 1];
    const wholeStart = before[before.length - 2]?.place.end ?? sentence.start;
    if (whole === undefined || !SECTOR.test(foldDiacritics(text.slice(wholeStart, whole.place.start)).toLowerCase())) continue;
    // The two parts that follow, named one each ("; xây dựng đóng góp …" may follow the industry's after a ";").
    const parts = contributionsIn(text, at, sentence.end).slice(0, 2);
    const [industry, construction] = labelsOf(text, at, parts);
    if (parts.length !== 2 || industry === undefined || construction === undefined) continue;
    if (!INDUSTRY.test(industry) || CONSTRUCTION.test(industry) || !CONSTRUCTION.test(construction) || INDUSTRY.test(construction)) continue;
    const sum = parts.reduce((acc, p) => acc + p.sign * p.value, 0);
    const slack = [whole, ...parts].reduce((acc, p) => acc + halfUnit(p.decimals), 0) + EPSILON;
    const decimals = Math.max(whole.decimals, ...parts.map((p) => p.decimals));
    const arithmetic = `${termsText(parts)} = ${formatNumber(sum, decimals)}`;
    const printed = formatNumber(whole.value, whole.decimals);
    const places = [whole.place, ...parts.map((p) => p.place)];
    if (Math.abs(sum - whole.sign * whole.value) <= slack) {
      const message = {
        vi: `Công nghiệp và xây dựng đóng góp ${arithmetic} điểm phần trăm, khớp với ${printed} điểm của khu vực công nghiệp và xây dựng trong sai số làm tròn`,
        en: `Industry and construction contribute ${arithmetic} percentage points, which is the ${printed} points of their sector within rounding`,
      };
      return { finding: null, explanation: { kind: 'contributions-not-total', claims: [], places, message } };
    }
    const tolerance = formatNumber(slack, decimals + 1);
    const message = {
      vi: `Công nghiệp và xây dựng đóng góp cộng lại ${arithmetic} điểm phần trăm, không bằng ${printed} điểm của khu vực công nghiệp và xây dựng (sai số làm tròn tối đa ±${tolerance})`,
      en: `Industry and construction contribute ${arithmetic} percentage points together, not the ${printed} points of their sector (rounding allows ±${tolerance})`,
    };
    return { finding: { kind: 'contributions-not-total', severity: 'error', claims: [], places, message, indicator: null, year: null, computed: sum }, explanation: null };
  }
  return null;
}
