import { foldDiacritics, foldDiacriticsAligned } from '../../claims/normalize-text';
import { namesFourComponents, namesIndustrySections, namesThreeSectors } from './known-splits';
import { formatNumber } from '../../numbers/format-number';
import { claimInterval, halfUnit, intersects } from '../../verify/interval';
import type { CheckOutcome, ConsistencyExplanation, ConsistencyFinding } from './consistency-types';
import { claimYear } from './claim-year';
import { claimsBySentence, sentenceSpans, type IndexedClaim, type SentenceSpan } from './sentence-spans';
import { contributionsIn, EPSILON, MIN_PARTS, SHARE_OF_GROWTH, termsText, type Contribution } from './contribution-terms';
import { sharesOfGrowth } from './shares-of-growth';
import { subContributions } from './sub-contributions';
import { firstAggregateGrowth, growthBefore, headlineSentence, overallGrowthIn, pointsGrowthOf, type Growth } from './contribution-growth';
import { findTimePhrases } from '../finding/find-time-phrases';
import { hasExactFigure } from '../finding/exact-figure';
import type { ExtractedClaim } from '../types';


// Grammar: overall-growth-opener := start space* "trong" space+ ( "mức" | "tốc độ" ) space+ "tăng" ( space+ "trưởng" )?
//   space+ "chung" as a word
// Example: "Trong mức tăng trưởng chung của toàn nền kinh tế sáu tháng đầu năm nay, khu vực … đóng góp 0,48 điểm phần
//          trăm; …" shares out the growth the sentence before states (GSO, 6 months of 2012).
const OVERALL_GROWTH_OPENER = /^\s*trong\s+(?:mức|tốc\s+độ)\s+tăng(?:\s+trưởng)?\s+chung(?![\p{L}\p{M}])/iu;

// Grammar: of-which-opener := start space* "trong" space+ ( "đó" | "các" space+ ( "ngành" | "khu vực" | "lĩnh vực" ) ( space+
//   word ){0,3} ) space* ( "," | ":" )
// Example: "Trong đó, khu vực nông, lâm nghiệp và thuỷ sản tăng 3,28%, đóng góp 0,78 điểm %; …" shares out the GRDP growth
//          the sentence before states (Phú Yên, 2023); so does "Trong các ngành công nghiệp, ngành chế biến, chế tạo tăng
//          10,8%, đóng góp 8,5 điểm phần trăm …" the IIP's (GSO, 8 months of 2017); not "Trong đó khu vực …" without its
//          comma, a list of anything.
// Grammar: base-phrase := "so" space+ ( "sánh" space+ )? ( "với" space+ )? ( "cùng kỳ" | "năm" | "quý" | "tháng" ) ( any but
//   "," | ";" | "." )* — a change's base, whose time is not the sentence's own
// Example: "so với cùng kỳ năm 2023" in "thuế sản phẩm … tăng 6,9% so với cùng kỳ năm 2023, đóng góp 0,25 điểm phần trăm"
//          (Quảng Bình, first half of 2024): the sentence still names no time of its own.
const BASE_PHRASE = /so\s+(?:sánh\s+)?(?:với\s+)?(?:cùng\s+kỳ|năm|quý|tháng)[^,;.]*/giu;

const OF_WHICH_OPENER = /^\s*trong\s+(?:đó|các\s+(?:ngành|khu\s+vực|lĩnh\s+vực)(?:\s+[\p{L}\p{M}]+){0,3})\s*[,:]/iu;

// Grammar: of-which-start := start space* "trong" space+ "đó" as a word, with or without its comma
// Example: "Trong đó khu vực nông lâm nghiệp và thuỷ sản đóng góp 1,19%, …" (Tiền Giang, first half of 2024): contributions
//          written with "%" after it share out the growth of the sentence before when they add up nearer to it than to 100.
const OF_WHICH_START = /^\s*trong\s+đó(?![\p{L}\p{M}])/iu;

// Grammar: value-added := "gia tri tang them" (folded) — the sectors' value added, which has no product taxes: its growth
//   is the sectors' contributions alone
// Example: "giá trị tăng thêm các ngành kinh tế tăng 10,2%"; not "GRDP tăng 10,04%".
const VALUE_ADDED = /gia tri tang them/u;

/**
 * The share of growth product taxes may hold, at most: they are about a tenth of a GRDP and may grow faster than it (GSO's
 * first half of 2017: 0,43 + 2,0 + 2,59 = 5,02 points of 5,73 %, the taxes' 0,71 an eighth of it).
 */
const MAX_TAX_SHARE = 0.15;

/**
 * Whether a GDP's or GRDP's three sectors leave a gap below its growth that is the product taxes' share the text does not
 * print: the parts are exactly the three sectors, the growth is of GDP or GRDP (not the sectors' value added), and the gap
 * (beyond rounding) is at most MAX_TAX_SHARE of the growth (Trà Vinh, 2024: 1,26 + 6,56 + 2,05 = 9,87 points of 10,04 %).
 */
function taxesLeftOut(text: string, from: number, parts: readonly Contribution[], growth: Growth, gap: number): boolean {
  if (parts.length !== 3 || VALUE_ADDED.test(foldDiacritics(growth.claim.indicator ?? '').toLowerCase())) return false;
  if (!(gap > 0) || gap > MAX_TAX_SHARE * Math.abs(growth.figure.value)) return false;
  return namesThreeSectors(labelsOf(text, from, parts));
}

/** The words before each contribution, from `from` or the contribution before (folded, lowercase). */
function labelsOf(text: string, from: number, parts: readonly Contribution[]): string[] {
  return parts.map((p, i) => foldDiacriticsAligned(text.slice(i === 0 ? from : (parts[i - 1]?.place.end ?? from), p.place.start)).toLowerCase());
}

/** Whether the contributions are a GDP's or GRDP's: its three sectors, or those and the product taxes, each named once. */
function namesSectors(text: string, from: number, parts: readonly Contribution[]): boolean {
  const labels = labelsOf(text, from, parts);
  return namesThreeSectors(labels) || namesFourComponents(labels);
}


/** Contributions against the growth they share out (see checkContributions): a finding, or an explanation. */
function judgeContributions(parts: readonly Contribution[], growth: Growth, text: string, from: number, findings: ConsistencyFinding[], explanations: ConsistencyExplanation[]): void {
  const figure = growth.figure;
  const stated = (growth.claim.direction === 'down' ? -1 : 1) * figure.value;
  // An estimate ("ước đạt 10,09%") is the figure the contributions were computed from: only its rounding is slack.
  const statedInterval = claimInterval({ value: stated, decimals: figure.decimals }, hasExactFigure(growth.claim) ? null : growth.claim.qualifier);
  const sum = parts.reduce((acc, p) => acc + p.sign * p.value, 0);
  const slack = parts.reduce((acc, p) => acc + halfUnit(p.decimals), 0) + EPSILON;
  const decimals = Math.max(...parts.map((p) => p.decimals));
  const places = parts.map((p) => p.place);
  const arithmetic = `${termsText(parts)} = ${formatNumber(sum, decimals)}`;
  // A growth rate printed as a level is named by its indicator ("Tốc độ tăng trưởng kinh tế (GRDP) 8,5%").
  const named = growth.label !== undefined ? `${growth.label} ` : growth.claim.kind === 'value' && growth.claim.indicator !== null ? `${growth.claim.indicator} ` : '';
  const growthText = `“${named}${growth.claim.text}”`;
  if (intersects({ lo: sum - slack, hi: sum + slack }, statedInterval)) {
    explanations.push({
      kind: 'contributions-not-total',
      claims: [growth.index],
      places,
      message: {
        vi: `Các mức đóng góp ${arithmetic} điểm phần trăm, khớp với ${growthText} trong sai số làm tròn`,
        en: `The contributions ${arithmetic} percentage points match ${growthText} within rounding`,
      },
    });
    return;
  }
  const tolerance = formatNumber(slack + halfUnit(figure.decimals), decimals + 1);
  // Below the growth, a component may be left out (the taxes on products); above it, the figures cannot all be right.
  const below = sum + slack < statedInterval.lo;
  if (below && taxesLeftOut(text, from, parts, growth, statedInterval.lo - (sum + slack))) {
    explanations.push({
      kind: 'contributions-not-total',
      claims: [growth.index],
      places,
      message: {
        vi: `Ba khu vực kinh tế đóng góp ${arithmetic} điểm phần trăm, ít hơn mức tăng ${formatNumber(stated, figure.decimals)}% của ${growthText} khoảng ${formatNumber(stated - sum, decimals)} điểm: phần của thuế sản phẩm trừ trợ cấp sản phẩm, văn bản không nêu`,
        en: `The three economic sectors contribute ${arithmetic} percentage points, about ${formatNumber(stated - sum, decimals)} below the growth of ${formatNumber(stated, figure.decimals)}% in ${growthText}: the share of product taxes less subsidies, which the text leaves out`,
      },
    });
    return;
  }
  // Below it with the product taxes among the parts, nothing is left out ("… Thuế sản phẩm trừ trợ cấp sản phẩm …, đóng góp
  // 0,37 điểm phần trăm": Lạng Sơn, first half of 2025).
  // The product taxes are named as the part left out only beside the economy's sectors: an industrial production index's
  // sections have none (GSO's IIP of seven months of 2019, as republished).
  const labels = labelsOf(text, from, parts);
  const partial = below && !namesFourComponents(labels) && !namesIndustrySections(labels);
  const taxes = namesThreeSectors(labels);
  const leftOut = !partial
    ? { vi: '', en: '' }
    : taxes
      ? { vi: '; có thể thiếu một thành phần (như thuế sản phẩm)', en: '; a component may be left out (such as product taxes)' }
      : { vi: '; có thể thiếu một thành phần', en: '; a component may be left out' };
  findings.push({
    kind: 'contributions-not-total',
    severity: partial ? 'warning' : 'error',
    claims: [growth.index],
    places,
    indicator: growth.claim.indicator,
    year: claimYear(growth.claim),
    computed: sum,
    message: {
      vi: `Các mức đóng góp cộng lại ${arithmetic} điểm phần trăm, không bằng mức tăng ${formatNumber(stated, figure.decimals)}% của ${growthText} (sai số làm tròn tối đa ±${tolerance})${leftOut.vi}`,
      en: `The contributions add up to ${arithmetic} percentage points, not the growth of ${formatNumber(stated, figure.decimals)}% in ${growthText} (rounding allows ±${tolerance})${leftOut.en}`,
    },
  });
}

// Grammar: detail-opener := start space* ( "trong" space+ "đó" | "riêng" ) not-before-letter
// Example: "Trong đó: ngành công nghiệp tăng 14,56% (đóng góp 4,25 điểm phần trăm)" details the sector of the sentence before.
const DETAIL_OPENER = /^\s*(?:trong\s+đó|riêng)(?![\p{L}\p{M}])/iu;

/** Fewest sentences, and fewest contributions in them, that read as one sector a sentence. */
const MIN_RUN_SENTENCES = 2;
const MIN_RUN_PARTS = 3;

/**
 * Contributions printed one sector a sentence (a paragraph each) after the sentence that states the GDP's or GRDP's
 * growth (or, in its first sentence, names it: "Trong mức tăng trưởng chung 7,6% này … thì …"): "… GRDP … tăng 7,37%." then "Khu vực nông, lâm nghiệp và thủy sản …, đóng góp 0,49 điểm phần trăm …", "Khu vực
 * công nghiệp - xây dựng …, đóng góp 4,96 điểm phần trăm …", "Khu vực dịch vụ …, đóng góp 1,80 …; thuế sản phẩm đóng góp
 * 0,12 …" (Thái Bình, 2023). The run starts at sentence `at` when that sentence states no growth of its own, the
 * nearest sentence before it with figures states one and lists no contribution, and at least MIN_RUN_SENTENCES
 * sentences in a row hold contributions and no growth, MIN_RUN_PARTS of them in all, and the first does not name every
 * sector itself, and the parts name the sectors (and the product taxes), each once; else null. A sentence that opens
 * "Trong đó" or "Riêng" in the run details the sector before it: its contributions are no parts.
 */
function sectorRun(
  text: string,
  sentences: readonly SentenceSpan[],
  at: number,
  bySentence: ReadonlyMap<SentenceSpan, readonly IndexedClaim<ExtractedClaim>[]>,
): { parts: Contribution[]; growth: Growth; count: number } | null {
  const opening = sentences[at];
  if (opening === undefined) return null;
  // "Trong mức tăng trưởng chung 7,6% này … thì khu vực thương mại dịch vụ đóng góp …" names the growth it shares out.
  const named = overallGrowthIn(bySentence.get(opening) ?? [], text);
  const previous = headlineSentence(sentences, at, bySentence, true);
  const growth = named ?? (previous === undefined ? null : firstAggregateGrowth(bySentence.get(previous) ?? []));
  if (growth === null || (named === null && (previous === undefined || contributionsIn(text, previous.start, previous.end).length > 0))) return null;
  // "Trong mức tăng trưởng chung …, khu vực nông, lâm nghiệp, thủy sản …; … thuế sản phẩm …" names every sector in one
  // sentence: a whole list, and the sentences after it detail a sector (Sơn La, 2018).
  if (namesSectors(text, opening.start, contributionsIn(text, opening.start, opening.end))) return null;
  const parts: Contribution[] = [];
  const labels: string[] = [];
  let count = 0;
  for (const sentence of sentences.slice(at)) {
    const own = contributionsIn(text, sentence.start, sentence.end);
    // A sentence without figures between two sectors explains the one before ("Khu vực I tăng trưởng khá so với cùng kỳ
    // chủ yếu do …": Kiên Giang, first half of 2023); the run goes on past it.
    if (own.length === 0 && (bySentence.get(sentence) ?? []).length === 0) continue;
    if (own.length === 0 || firstAggregateGrowth(bySentence.get(sentence) ?? []) !== null) break;
    // "Trong đó: ngành công nghiệp tăng 14,56% (đóng góp 4,25 điểm phần trăm)" details the sector before it.
    if (count === 0 || !DETAIL_OPENER.test(sentence.text)) {
      parts.push(...own);
      labels.push(...labelsOf(text, sentence.start, own));
    }
    count++;
  }
  // The run is the economy's sectors, each named once: branches ("ngành nông nghiệp …, đóng góp 0,06 điểm %. Ngành chăn
  // nuôi …, đóng góp 0,12 điểm %": Vĩnh Phúc, first quarter of 2022) share out a sector's points, not the growth.
  const sectors = namesThreeSectors(labels) || namesFourComponents(labels);
  return count >= MIN_RUN_SENTENCES && parts.length >= MIN_RUN_PARTS && sectors ? { parts, growth, count } : null;
}


/**
 * The growth of the sentence before a lead that restates one sector ("Dự ước tốc độ tăng trưởng kinh tế 6 tháng đầu năm
 * đạt 6,5%" over "Khu vực công nghiệp và xây dựng tăng 6,78%, đóng góp 3,93 điểm phần trăm …", then "Trong đó, …" the
 * sectors: Thái Nguyên's first half of a year), when the list names the sectors and the lead states no growth of the
 * whole and only one contribution; else null. A list of branches never reaches past its sector's sentence.
 */
function headlineBeyondLead(
  sentences: readonly SentenceSpan[],
  lead: SentenceSpan,
  parts: readonly Contribution[],
  text: string,
  from: number,
  bySentence: ReadonlyMap<SentenceSpan, readonly IndexedClaim<ExtractedClaim>[]>,
): Growth | null {
  if (!namesSectors(text, from, parts) || contributionsIn(text, lead.start, lead.end).length !== 1) return null;
  const before = headlineSentence(sentences, sentences.indexOf(lead), bySentence, true);
  if (before === undefined || contributionsIn(text, before.start, before.end).length > 0) return null;
  return firstAggregateGrowth(bySentence.get(before) ?? []);
}

/**
 * Contributions in percentage points ("công nghiệp và xây dựng đóng góp 2,57 điểm phần trăm") against the growth
 * of GDP or GRDP that the same sentence states before them ("GDP tăng 5,03%"), or that the sentence before states when
 * this one opens with "Trong mức tăng trưởng chung" (its first, the headline): they must add up to it within the
 * rounding of every printed figure. A contribution that "làm giảm" counts negatively. More than the growth is an
 * error; less is a warning, since a component (the taxes on products) may be left out. Contributions without a
 * stated aggregate growth (the sub-sectors of one sector) have nothing to add up to and are not checked.
 *
 * @example
 * checkContributions(extractClaims(t), t).findings[0]?.computed; // t = 'Quý I/2022, GDP tăng 5,03%, trong đó … đóng góp 0,29 điểm phần trăm, … 2,57 điểm phần trăm và … 2,71 điểm phần trăm.' → 5.57
 */
export function checkContributions(claims: readonly ExtractedClaim[], text: string): CheckOutcome {
  const findings: ConsistencyFinding[] = [];
  const explanations: ConsistencyExplanation[] = [];
  const sentences = sentenceSpans(text);
  const bySentence = claimsBySentence(sentences, claims);
  const inRuns = new Set<number>();
  sentences.forEach((sentence, at) => {
    // The industry and the construction against their sector's contribution (sub-contributions.ts).
    const sub = subContributions(text, sentence);
    if (sub?.finding) findings.push(sub.finding);
    if (sub?.explanation) explanations.push(sub.explanation);
    // "Trong 5,56% tăng trưởng thì … đóng góp 1,19%, … 2,04%, …": points written with "%", sharing out that growth.
    const inPercent = contributionsIn(text, sentence.start, sentence.end, SHARE_OF_GROWTH);
    const headline = inPercent.length >= MIN_PARTS && OF_WHICH_START.test(sentence.text) ? headlineSentence(sentences, at, bySentence) : undefined;
    const growthInPercent = pointsGrowthOf(inPercent, bySentence.get(sentence) ?? [], text, headline === undefined ? null : firstAggregateGrowth(bySentence.get(headline) ?? []));
    if (growthInPercent !== null) return judgeContributions(inPercent, growthInPercent, text, sentence.start, findings, explanations);
    const shares = sharesOfGrowth(text, sentence.start, sentence.end, sentences[at + 1]?.end);
    if (shares?.finding) findings.push(shares.finding);
    if (shares?.explanation) explanations.push(shares.explanation);
    if (inRuns.has(at)) return;
    const run = sectorRun(text, sentences, at, bySentence);
    if (run !== null) {
      for (let k = at; k < at + run.count; k++) inRuns.add(k);
      judgeContributions(run.parts, run.growth, text, sentence.start, findings, explanations);
      return;
    }
    const parts = contributionsIn(text, sentence.start, sentence.end);
    const first = parts[0];
    if (first === undefined || parts.length < MIN_PARTS) return;
    // "Trong mức tăng trưởng chung, …" and "Trong đó, …" share out the growth of the sentence before, the nearest one
    // with figures (a photo caption may sit between); so do the GRDP's sectors named each once ("Tốc độ tăng đều ở cả 3
    // khu vực, trong đó, khu vực nông, lâm nghiệp và thủy sản …, đóng góp 0,94 điểm phần trăm; …": Trà Vinh, 2024).
    // (named sectors only in a sentence that names no time of its own: "6 tháng đầu năm, …" after a quarter's growth is
    // of another period).
    const opens =
      OVERALL_GROWTH_OPENER.test(sentence.text) ||
      OF_WHICH_OPENER.test(sentence.text) ||
      (findTimePhrases(sentence.text.replace(BASE_PHRASE, '')).length === 0 && namesSectors(text, sentence.start, parts));
    const previous = opens ? headlineSentence(sentences, at, bySentence, namesSectors(text, sentence.start, parts)) : undefined;
    const overall = previous === undefined ? null : (firstAggregateGrowth(bySentence.get(previous) ?? []) ?? headlineBeyondLead(sentences, previous, parts, text, sentence.start, bySentence));
    const growth = growthBefore(bySentence.get(sentence) ?? [], first.place.start, text) ?? overall;
    if (growth === null) {
      explanations.push({
        kind: 'contributions-not-total',
        claims: [],
        places: parts.map((p) => p.place),
        message: {
          vi: `Các mức đóng góp ${termsText(parts)} điểm phần trăm không đi kèm tốc độ tăng của GDP hay GRDP nêu trước trong câu, nên không có tổng để cộng đối chiếu`,
          en: `The contributions ${termsText(parts)} percentage points come with no GDP or GRDP growth stated before them in the sentence, so there is no total to add up to`,
        },
      });
      return;
    }
    judgeContributions(parts, growth, text, sentence.start, findings, explanations);
  });
  return { findings, explanations };
}
