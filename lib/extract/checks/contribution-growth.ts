import { foldDiacritics } from '../../claims/normalize-text';
import { previousWithClaims, type IndexedClaim, type SentenceSpan } from './sentence-spans';
import { MIN_PARTS, type Contribution } from './contribution-terms';
import { isGrowthRateName } from '../finding/growth-rate-name';
import { hasExactFigure } from '../finding/exact-figure';
import type { ExtractedClaim } from '../types';

/*
 * The growth that a sentence's contributions share out (check-contributions.ts): the GDP's or GRDP's % change printed
 * before them, the growth the sentence names ("Trong 7,63 điểm phần trăm tăng trưởng, …"), or the headline of the
 * sentence before.
 */

// Grammar: aggregate := ( "GDP" | "GRDP" ) not followed by ( "của" )? ( "khu vực" | "ngành" | "lĩnh vực" ) | "tổng sản
//                      phẩm" | "tổng giá trị tăng thêm" not followed by ( "của" )? ( "khu vực" | "ngành" ) | "tăng trưởng
//                      kinh tế" | "giá trị tăng thêm" [ "của" ] "các ngành" | "chỉ số sản xuất" [ "toàn ngành" ] "công nghiệp"
//                      not followed by a branch | "chỉ số công nghiệp toàn ngành" | "IIP"      (folded, anywhere in the name)
// Example: "Quý I/2022, GDP" and "giá trị tăng thêm các ngành kinh tế" name the aggregate whose growth the sectors'
//          contributions add up to; "giá trị tăng thêm khu vực dịch vụ" and "Tổng giá trị tăng thêm khu vực I" (Kiên Giang,
//          first half of 2023) are one sector; so is "GRDP khu vực công nghiệp và xây dựng" (a sector's share of the
//          GRDP, named by it); "chỉ số sản xuất công nghiệp" is the industrial production index whose growth its sections'
//          contributions add up to (Hải Phòng, 4 months of 2025: −0,02 + 15,61 − 0,47 + 0,04 = 15,16), and so is "chỉ số
//          công nghiệp toàn ngành" (Yên Bái, 11 months of 2022: −2,24 + 4,8 + 7,13 + 0,11 = 9,80).
const AGGREGATE = /(?<![\p{L}])(?:gdp|grdp)(?![\p{L}])(?! (?:cua )?(?:khu vuc|nganh|linh vuc))|tong san pham|tong gia tri tang them(?! (?:cua )?(?:khu vuc|nganh))|tang truong kinh te|gia tri tang them (?:cua )?cac nganh|chi so san xuat (?:toan nganh )?cong nghiep(?! (?:cua )?(?:nganh|khu vuc))|chi so cong nghiep toan nganh|(?<![\p{L}])iip(?![\p{L}])/u;

// Grammar: growth-in-points := space+ ( "tăng trưởng" | "mức tăng" ) as words, right after a figure in points or in %
// Example: "Trong 7,63 điểm phần trăm tăng trưởng, công nghiệp … đóng góp 3,68 điểm phần trăm" names the growth the
//          contributions share out (GSO, 6 months of 2005); so does "Trong 8,01% tăng trưởng của quý I/2016, …"
//          (Thanh Hóa, first quarter of 2016).
const GROWTH_IN_POINTS = /^\s+(?:tăng\s+trưởng|mức\s+tăng)(?![\p{L}\p{M}])/iu;

// Grammar: overall-before := ( "trong" | "với" ) space+ ( "mức" | "tốc độ" ) space+ "tăng" ( space+ "trưởng" )?
//   ( space+ "chung" )? space* end — the words right before the figure of the growth that the sentence's contributions
//   share out; without "chung" the words after the figure must name the economy (overall-after)
// Example: "Trong mức tăng trưởng chung " before "7,6% này của kinh tế Bình Định thì khu vực thương mại dịch vụ đóng góp …"
//          (Bình Định, first half of 2024); "Với mức tăng chung " before "6,8% thì khu vực nông, lâm nghiệp và thủy sản
//          tăng 3,19%, đóng góp 0,32 điểm phần trăm" (Đồng Nai, first half of 2024); "Trong mức tăng " before "7,38% của toàn
//          nền kinh tế, khu vực dịch vụ tăng 6,7%, đóng góp 2,75 điểm phần trăm" (GSO, first quarter of 2018).
const OVERALL_BEFORE = /(?:trong|với)\s+(?:mức|tốc\s+độ)\s+tăng(?:\s+trưởng)?(?<overall>\s+chung)?\s*$/iu;

// Grammar: overall-after := start space* digit ( digit | "." | "," )* space* "%" space* ( "của" space+ )? ( ( "toàn" space+ )?
//   "nền kinh tế" | "GDP" | "GRDP" ) not-before-letter — the figure, then the whole the growth named before it is of: the
//   economy
// Example: "7,38% của toàn nền kinh tế, khu vực dịch vụ …" (GSO, first quarter of 2018); "2,83% toàn nền kinh tế 9 tháng
//          qua" (Đà Nẵng, 9 months of 2023); not "0,45% của CPI tháng 2/2023" (a price index's rise, shared out among its
//          groups).
const OVERALL_AFTER = /^\s*\d[\d.,]*\s*%\s*(?:của\s+)?(?:(?:toàn\s+)?nền\s+kinh\s+tế|gdp|grdp)(?![\p{L}\p{M}])/iu;

/** How far before its figure the words naming the overall growth are read. */
const OVERALL_REACH = 40;

// Grammar: figure-start := the first digit of a claim's text
// Example: "tăng 7,38%" → at 5, after the "tăng" of "Trong mức tăng"; "6,8%" → at 0.
const FIGURE_START = /\d/u;

/**
 * The words naming the overall growth before a claim's figure, when it is a growth in % named so: a level ("Trong mức
 * tăng trưởng chung 7,6% này"), or a rise whose "tăng" is the name's ("Trong mức tăng 7,38% của toàn nền kinh tế", read
 * as "tăng 7,38%"). Without "chung" the words after the figure must name the economy.
 */
function overallWords(claim: ExtractedClaim, text: string): RegExpExecArray | null {
  const figure = claim.figures[0];
  if (figure?.unit !== '%') return null;
  const rise = claim.kind === 'comparison' && claim.claim?.ok === true && claim.claim.kind === 'percent' && claim.direction === 'up';
  if (claim.kind !== 'value' && !rise) return null;
  const at = claim.start + Math.max(0, claim.text.search(FIGURE_START));
  const words = OVERALL_BEFORE.exec(text.slice(Math.max(0, at - OVERALL_REACH), at));
  if (words === null) return null;
  return words.groups?.overall !== undefined || OVERALL_AFTER.test(text.slice(at)) ? words : null;
}

// Grammar: lead := start ( "trong" | "với" ) space+ — the preposition before the growth's name; rise-word := space+ "tăng"
//   end — the verb a rise's own text starts with
// Example: "Trong mức tăng trưởng chung" → "mức tăng trưởng chung"; "mức tăng" before the rise "tăng 2,83%" → "mức" (Đà
//          Nẵng, 9 months of 2023: quoted "mức tăng 2,83%", not "mức tăng tăng 2,83%").
const LEAD = /^(?:trong|với)\s+/iu;
const RISE_WORD = /\s+tăng$/iu;

/** The name of an overall growth, without its preposition, nor the "tăng" its rise's own text starts with. */
function labelOf(words: string, claim: ExtractedClaim): string {
  const name = words.replace(LEAD, '').trim();
  return claim.kind === 'value' ? name : name.replace(RISE_WORD, '');
}

/**
 * The growth a sentence names as the whole its contributions share out, "Trong mức tăng trưởng chung 7,6% này … thì
 * khu vực … đóng góp …", "Với mức tăng chung 6,8% thì …" or "Trong mức tăng 7,38% của toàn nền kinh tế, …", or null.
 *
 * @example
 * overallGrowthIn(claimsOfTheSentence, text)?.figure.value // 7.6
 */
export function overallGrowthIn(inSentence: readonly IndexedClaim<ExtractedClaim>[], text: string): Growth | null {
  for (const { claim, index } of inSentence) {
    const figure = claim.figures[0];
    const words = overallWords(claim, text);
    if (words !== null && figure !== undefined) return { index, claim, figure, label: labelOf(words[0], claim) };
  }
  return null;
}

/** The growth a claim states: a % change of GDP/GRDP, or a figure in points or in % named as the growth itself. */
export interface Growth {
  readonly index: number;
  readonly claim: ExtractedClaim;
  readonly figure: { readonly value: number; readonly decimals: number };
  /** The words the text names it by, when its claim's indicator does not ("mức tăng trưởng chung" before "7,6%"). */
  readonly label?: string;
}

/**
 * The growth the contributions share out: a % change of GDP/GRDP printed before them in the sentence, or the growth in
 * points or in % the sentence names ("Trong 7,63 điểm phần trăm tăng trưởng, …", "Trong 8,01% tăng trưởng của quý I, …",
 * "Trong mức tăng trưởng chung 7,6% này …").
 */
export function growthBefore(inSentence: readonly IndexedClaim<ExtractedClaim>[], before: number, text: string): Growth | null {
  const overall = overallGrowthIn(inSentence, text);
  if (overall !== null && overall.claim.end <= before) return overall;
  let found: Growth | null = null;
  inSentence.forEach(({ claim, index }) => {
    if (claim.end > before) return;
    const points = claim.kind === 'value' ? claim.figures[0] : undefined;
    if (points !== undefined && (points.unit === 'điểm phần trăm' || points.unit === '%') && GROWTH_IN_POINTS.test(text.slice(claim.end))) {
      found = { index, claim, figure: points };
      return;
    }
    // A growth in brackets is of another period ("tăng 5,73% … (quý I tăng 5,15%; quý II … 6,17%)", GSO's first half of
    // 2017): never the one the contributions after it share out.
    if (claim.inBrackets !== true) found = aggregateGrowth({ claim, index }) ?? found;
  });
  return found;
}

// Grammar: old-unit := "(" space* "cũ" space* ")" | space "cũ" not-before-letter — a province as it was before the 2025
//   merger, whose growth is no headline of the merged one
// Example: "GRDP của tỉnh Phú Thọ (cũ) tăng 10,33%" beside the new province's 10,09% (Phú Thọ, first half of 2025); "các
//          địa phương cũ".
const OLD_UNIT = /\(\s*cũ\s*\)|\scũ(?![\p{L}\p{M}])/iu;

// Grammar (folded): structure-opening := start space* ( "co cau" | "ty trong" | "ti trong" ) not-before-letter — a sentence
//   that opens on the shares of the economy
// Example: "Cơ cấu kinh tế tiếp tục chuyển dịch theo hướng tích cực: khu vực nông, lâm nghiệp và thủy sản chiếm 20,10%; …"
//          (Lạng Sơn, first half of 2025); not "Khu vực dịch vụ chiếm tỷ trọng 47,74%".
const STRUCTURE_OPENING = /^\s*(?:co cau|t[yi] trong)(?![a-z])/u;

/** A sentence that only gives the economy's structure: it opens on it and compares nothing. */
function isStructureSentence(sentence: SentenceSpan, claims: readonly IndexedClaim<ExtractedClaim>[]): boolean {
  return STRUCTURE_OPENING.test(foldDiacritics(sentence.text).toLowerCase()) && claims.every(({ claim }) => claim.kind === 'value' || claim.kind === 'share');
}

// Grammar (folded): industry-index := "chi so" ( space any-words )? space "cong nghiep" | "iip" as a word — the industrial
//   production index, an aggregate of industry alone
// Example: "Chỉ số sản xuất công nghiệp 6 tháng", "chỉ số công nghiệp toàn ngành", "IIP"; not "GRDP".
const INDUSTRY_INDEX = /chi so(?: .*)? cong nghiep|(?<![a-z])iip(?![a-z])/u;

// Grammar (folded): branch := "nganh" space — an industry's branch named first ("ngành khai khoáng")
// Example: "ngành công nghiệp chế biến, chế tạo"; not "toàn ngành công nghiệp" nor "khu vực dịch vụ".
const BRANCH = /^nganh /u;

/**
 * Whether a sentence is on industry alone, no headline of the economy's sectors: its headline growth is the industrial
 * production index's, or it has none and its first change is of an industry's branch ("Trong đó, ngành khai khoáng giảm
 * 6,3%; …").
 */
function headsIndustry(claims: readonly IndexedClaim<ExtractedClaim>[]): boolean {
  const growth = firstAggregateGrowth(claims);
  if (growth !== null) return INDUSTRY_INDEX.test(foldDiacritics(growth.claim.indicator ?? '').toLowerCase());
  const first = claims.find(({ claim }) => claim.kind === 'comparison');
  return first !== undefined && BRANCH.test(foldDiacritics(first.claim.indicator ?? '').toLowerCase().trim());
}

/**
 * The sentence whose growth contributions opened by "Trong mức tăng trưởng chung" or "Trong đó," share out: the nearest
 * one before with figures, past one that only compares the provinces as they were before the merger ("Xét theo các địa
 * phương cũ, GRDP của tỉnh Phú Thọ (cũ) tăng 10,33%, …; tỉnh Vĩnh Phúc tăng 10,07%, …") and one that only gives the
 * economy's structure ("Cơ cấu kinh tế …: khu vực nông, lâm nghiệp và thủy sản chiếm 20,10%; …", Lạng Sơn, first half of
 * 2025); for the economy's sectors (`ofSectors`), past one that states the industrial production index's growth too
 * ("GRDP … tăng 6,5%." then "Chỉ số sản xuất công nghiệp 6 tháng tăng 7,4%." over the sectors' 0,62 + 2,33 + 4 + 0,25:
 * Quảng Bình, first half of 2024).
 */
export function headlineSentence(
  sentences: readonly SentenceSpan[],
  at: number,
  bySentence: ReadonlyMap<SentenceSpan, readonly IndexedClaim<ExtractedClaim>[]>,
  ofSectors = false,
): SentenceSpan | undefined {
  let previous = previousWithClaims(sentences, at, bySentence);
  for (let skipped = 0; previous !== undefined && skipped < 2; skipped++) {
    const claims = bySentence.get(previous) ?? [];
    const oldUnits = claims.some(({ claim }) => OLD_UNIT.test(claim.indicator ?? '')) && firstAggregateGrowth(claims) === null;
    if (!oldUnits && !isStructureSentence(previous, claims) && !(ofSectors && headsIndustry(claims))) return previous;
    previous = previousWithClaims(sentences, sentences.indexOf(previous), bySentence);
  }
  return previous;
}

/**
 * A claim as the growth of GDP/GRDP: a % change of a name the aggregate pattern knows, or the growth rate itself printed
 * as a level, the estimate included ("Tốc độ tăng trưởng kinh tế (GRDP) 6 tháng đầu năm 2024 đạt 8,5%", "… ước đạt
 * 10,09%"); else null.
 */
export function aggregateGrowth({ claim, index }: IndexedClaim<ExtractedClaim>): Growth | null {
  if (!AGGREGATE.test(foldDiacritics(claim.indicator ?? '')) || OLD_UNIT.test(claim.indicator ?? '')) return null;
  const level = claim.figures[0];
  if (claim.kind === 'value' && hasExactFigure(claim) && level?.unit === '%' && isGrowthRateName(claim.indicator)) return { index, claim, figure: level };
  if (claim.kind !== 'comparison' || claim.claim?.ok !== true || claim.claim.kind !== 'percent') return null;
  const figure = claim.claim.figure;
  return figure !== null ? { index, claim, figure } : null;
}

/** The first % change of GDP/GRDP in a sentence: the headline, before the quarters a "trong đó" lists. */
export function firstAggregateGrowth(inSentence: readonly IndexedClaim<ExtractedClaim>[]): Growth | null {
  for (const indexed of inSentence) {
    const growth = aggregateGrowth(indexed);
    if (growth !== null) return growth;
  }
  return null;
}

/**
 * The growth that contributions written with "%" share out as points, not as shares of it: the sentence states the
 * growth before them (else `headline`, the growth of the sentence before that a "Trong đó," opening points to), and they
 * add up nearer to it than to 100 ("Trong 5,56% tăng trưởng thì khu vực nông lâm nghiệp và thủy sản đóng góp 1,19%, …":
 * 1,19 + 2,04 + 1,99 + 0,34 = 5,56; Tiền Giang, first half of 2024, in two forms). `null` otherwise.
 */
export function pointsGrowthOf(parts: readonly Contribution[], inSentence: readonly IndexedClaim<ExtractedClaim>[], text: string, headline: Growth | null = null): Growth | null {
  const first = parts[0];
  if (first === undefined || parts.length < MIN_PARTS) return null;
  const growth = growthBefore(inSentence, first.place.start, text) ?? headline;
  if (growth === null) return null;
  const sum = parts.reduce((acc, p) => acc + p.sign * p.value, 0);
  return Math.abs(sum - growth.figure.value) < Math.abs(sum - 100) ? growth : null;
}
