import { YEAR_SOURCE } from './figure-grammar';
import { findTimePhrases, followsBaseLead, type TimePhrase } from './find-time-phrases';
import { lastFragment, wordCount } from './name-list';
import { WHOLE_YEAR } from '../../verify/reference-period';
import type { PeriodKey } from '../../verify/reference-types';
import type { ClaimYears } from '../types';

/** What the words before a claim say about it. */
export interface Subject {
  /** The indicator phrase, or `null` when the words before the claim name none. */
  readonly indicator: string | null;
  /** The year or period named before the claim, or `null` when none is. */
  readonly years: ClaimYears | null;
  /**
   * The part of the year named before the claim ("Quý III/2023" → `Q3`), `''` when none is; `null` for "cùng kỳ năm
   * 2022": the same part as the claim's context.
   */
  readonly part: PeriodKey | null;
}

// Grammar: strong-delimiter := ":" | ( start | space | "," | "(" ) ( "trong đó" | "cụ thể là" | "cụ thể" | "bao gồm" | "gồm"
//            | "nâng" not followed by "cao" ) space* ":"?
// Example: in "…, trong đó thương mại, du lịch" and "… (trong đó công nghiệp" the subject starts after "trong đó"; in
// "Xuất khẩu gạo nâng tổng giá trị xuất khẩu nông sản 6 tháng lên 17,1 tỉ USD" after "nâng" (what is raised to it), but
// not "nâng cao" (improves: "Thu nhập … được nâng cao, tăng từ 22,4 triệu đồng").
const STRONG_DELIMITER = /:|(?:^|[\s,(])(?:trong\s+đó|cụ\s+thể\s+là|cụ\s+thể|bao\s+gồm|gồm|nâng(?!\s+cao))(?![\p{L}\p{M}])\s*:?/giu;

// Grammar: parenthetical := "(" non-paren* ")"
// Example: "(giá so sánh năm 2010)".
const PARENTHETICAL = /\([^()]*\)/gu;

// Grammar: leading-parenthetical := start ( space* ( "," space* )? "(" non-paren* ")" | non-paren* ")" ) space* ","?
//   — a remark in brackets, or the rest of a bracket opened before the region
// Example: " (ước tính), " before "GRDP"; " (không tính heo con chưa tách mẹ), " before a change; " thịt xẻ), " after
//          "(tương đương 309.000 tấn".
const LEADING_PARENTHETICAL = /^(?:\s*(?:,\s*)?\([^()]*\)|[^()]*\))\s*,?/u;

// Grammar: bare-year-note := "(" space* ( "năm" space )? year space* ")"
// Example: "(năm 2015)" names a year; "(giá so sánh năm 2010)" does not.
const BARE_YEAR_NOTE = new RegExp(`^\\(\\s*(?:năm\\s+)?${YEAR_SOURCE}\\s*\\)$`, 'iu');

// Grammar: leading-junk := start ( space | "," | ";" | ":" | "." | dash | "(" | ")" | quote )+
// Example: ", (vốn ngân sách" → "vốn ngân sách".
const LEADING_JUNK = /^[\s,;:.\-–—()"“”]+/u;

// Grammar: trailing-junk := ( space | "," | ";" | ":" | "." | dash | "+" | "−" | "(" | quote )+ end     (a closing ")" stays)
// Example: "doanh thu lữ hành (" → "doanh thu lữ hành"; "thấp hơn (+" (the sign of the figure after it) → "thấp hơn";
//          "chỉ số sản xuất (IIP)" keeps its ")".
const TRAILING_JUNK = /[\s,;:.\-–—+−("“”]+$/u;

// Grammar: leading-filler := ( discourse | "về" | "và" | "với" | "còn" | "hay" | "hoặc" | "khi" | "đồng thời" | "riêng" | "trong"
//            | "nhưng" | "theo đó" | "qua đó" | "đặc biệt là" | "nhất là" | "toàn tỉnh" | "cả tỉnh" | "trên địa bàn tỉnh"
//            | "ước tính" | "ước" | "vừa qua" | "thì" | "tương ứng" | "tương đương" | cause ) followed by ( space* "," space* | space+ | end );
//          cause := [ "nguyên nhân" ] [ "chủ yếu" ] [ "là" ] "do" — what the figure is given as the reason of
//          discourse := "tính chung" | "lũy kế" | "cộng dồn" | "nhìn chung" | "như vậy" | "bên cạnh đó" | "ngoài ra" | "tuy nhiên"
//            | "đáng chú ý" | "trong khi đó" | "cùng với đó" | "mặt khác"
// Example: "và doanh thu lữ hành" → "doanh thu lữ hành"; "Tính chung, GDP" → "GDP"; "Lũy kế tổng thu" → "tổng thu";
//          "Nguyên nhân chủ yếu do giá xăng dầu"
//          → "giá xăng dầu"; not "doanh thu" (no space after "do"); "Ước thu ngân sách" (an estimate of) → "thu ngân sách";
//          "vừa qua toàn ngành" (after "Tháng 10") → "toàn ngành"; "tương ứng giá trị kim ngạch" (after "135.714 tấn") →
//          "giá trị kim ngạch", the value of the tonnes.
const LEADING_FILLER =
  /^(?:(?:nguyên\s+nhân\s+)?(?:chủ\s+yếu\s+)?(?:là\s+)?do|tính\s+chung|lũy\s+kế|luỹ\s+kế|cộng\s+dồn|nhìn\s+chung|như\s+vậy|bên\s+cạnh\s+đó|ngoài\s+ra|tuy\s+nhiên|đáng\s+chú\s+ý|trong\s+khi\s+đó|cùng\s+với\s+đó|mặt\s+khác|về|và|với|còn|hay|hoặc|khi|đồng\s+thời|riêng|trong|nhưng|theo\s+đó|qua\s+đó|đặc\s+biệt\s+là|nhất\s+là|toàn\s+tỉnh|cả\s+tỉnh|trên\s+địa\s+bàn\s+tỉnh|ước\s+tính|ước|vừa\s+qua|thì|tương\s+ứng|tương\s+đương)(?:\s*,\s*|\s+|$)/iu;

// Grammar: trailing-filler := ( space | start ) ( "đạt được" | "đã đạt" | "đạt" | "tương đương" [ "với" ] | "là"
//            | "có" | "đón" | "được" | "chỉ còn"
//            | "còn" | "ở mức" | "bình quân" | "trung bình" | "hằng năm" | "hàng năm" (not after "cây": annual crops) | "mỗi năm"
//            | "tiếp tục" | "đã"
//            | "cho" | "với" | "của" | "ước đạt" | "ước tính" | "ước" | "từ" | "trong" | "vào" | "luôn" | "vẫn"
//            | "thực hiện" | "hiện" | "toàn tỉnh" | "cả tỉnh" | "chỉ" | "cũng" | "phải" | "sẽ" | "cần" | "chiếm"
//            | "cùng" (not after "cuối": "tiêu dùng cuối cùng", final consumption)
//            | "ghi nhận" | "lũy kế" | "luỹ kế" | "cộng dồn" | "lên" (not after "trở": "từ 15 tuổi trở lên")
//            | "dự kiến" | "dự ước" | "dự tính" (a forecast, said of the subject)
//            | ( "đạt" | "có" | "với" ) space+ ( "mức" | "tốc độ" ) (the subject's growth: "GRDP đạt mức" before "tăng 6,4%")
//            | ( "được" | "không ngừng" ) space+ ( "nâng cao" | "cải thiện" ) (the subject improves: "Thu nhập … được nâng
//              cao, tăng từ"; a bare "nâng cao" may end a name: "xã đạt chuẩn nông thôn mới nâng cao") ) end
// Example: "doanh thu bưu chính đạt" → "doanh thu bưu chính"; ", chỉ" before "thấp hơn" names nothing; "năm 2025
// phải" before "tăng 37 - 40,26%" names nothing either; nor does ", tương đương" before the amount a share stands for,
// nor ", chiếm" before a contribution's "0,39 điểm %"; "Hải Dương và Đồng Nai cùng" (both) → "Hải Dương và Đồng Nai";
// "Khu vực nông, lâm nghiệp và thủy sản ghi nhận" (records) → "Khu vực nông, lâm nghiệp và thủy sản"; "Giá trị xuất khẩu
// toàn tỉnh lũy kế" (before "10 tháng") → "Giá trị xuất khẩu toàn tỉnh"; "Giá trị sản xuất ngành công nghiệp dự kiến
// đạt" → "Giá trị sản xuất ngành công nghiệp"; "Thu nhập bình quân đầu người được nâng cao" → "Thu nhập bình quân đầu người".
const TRAILING_FILLER =
  /(?:^|\s)(?:đạt\s+được|đã\s+đạt|đạt|tương\s+đương(?:\s+với)?|là|có|đón|được|chỉ\s+còn|còn|ở\s+mức|bình\s+quân|trung\s+bình|(?<!cây\s)(?:hằng|hàng)\s+năm|mỗi\s+năm|tiếp\s+tục|đã|cho|với|của|ước\s+đạt|ước\s+tính|ước|từ|trong|vào|luôn|vẫn|thực\s+hiện|hiện|toàn\s+tỉnh|cả\s+tỉnh|chỉ|cũng|phải|sẽ|cần|chiếm|(?<!cuối\s)cùng|ghi\s+nhận|lũy\s+kế|luỹ\s+kế|cộng\s+dồn|(?<!trở\s)lên|dự\s+(?:kiến|ước|tính)|(?:đạt|có|với)\s+(?:mức|tốc\s+độ)|(?:được|không\s+ngừng)\s+(?:nâng\s+cao|cải\s+thiện))$/iu;

// Grammar: trailing-change-words := ( space | start ) ( "tăng" | "giảm" ) ( space+ manner )* end, not after "gia"
//   manner := "khá" | "rất" | "cao" | "nhiều" | "mạnh" | "nhẹ" | "nhanh" | "sâu" | "đột biến" | "ấn tượng"
// Example: "chi ngân sách địa phương tăng khá cao" before "(+14,4%)" → "chi ngân sách địa phương"; "thuế giá trị gia
//          tăng" keeps its "tăng".
const TRAILING_CHANGE_WORDS =
  /(?:^|\s)(?<!gia\s)(?:tăng|giảm)(?:\s+(?:khá|rất|cao|thấp|nhiều|mạnh|nhẹ|nhanh|sâu|đột\s+biến|ấn\s+tượng))*$/iu;

// Grammar: trailing-bang := ( space | start ) "bằng" end, in lower case: the verb, never the place "Cao Bằng"
// Example: ", bằng" before a plan's "6,2%" carried from the clause before ("đạt 7.392 tỷ đồng, bằng 6,2% và tăng 9,1%")
//          names nothing; "thu ngân sách bằng" → "thu ngân sách"; "lượng khách đến Cao Bằng" keeps its place.
const TRAILING_BANG = /(?:^|\s)bằng$/u;

// Grammar: names-nothing := "mới" | "vừa" | "cùng kỳ" | ( "sau" | "trong" ) space digits space ( "năm" | "tháng" | "quý" )
//   — the whole phrase
// Example: "năm 2023 mới" before "tăng 16,38%" leaves "mới", an adverb; "kỹ thuật mới" keeps it; "(cùng kỳ năm 2020
// giảm 3,8%)" leaves "cùng kỳ", the time of the figure, not its indicator; "sau 16 năm" before "giảm đi 30,3%" is how
// long the fall took.
const NAMES_NOTHING = /^(?:mới|vừa|cùng\s+kỳ|(?:sau|trong)\s+\d+\s+(?:năm|tháng|quý))$/iu;

// Grammar: named-after-copula := ( start | space ) ( "chiếm" ( any but "," ";" )* space ( "vẫn" | "cũng" ) space+ "là"
//   | "kế đến là" | "tiếp đến là" | "tiếp theo là" | "sau đó là" | "đứng đầu là" | "dẫn đầu là" | "cuối cùng là"
//   | ( ( "tăng" | "giảm" ) space+ )? ( "cao" | "mạnh" | "nhiều" | "thấp" | "ít" ) space+ "nhất là"
//   | "thứ" space+ ( "hai" | "ba" | "tư" | "năm" | "sáu" | "bảy" | "tám" | "chín" | "mười" ) space+ "là" ) space+
//   — a ranking: the name follows it
// Example: "chiếm tỷ lệ lớn vẫn là thu nội địa" → "thu nội địa"; "kế đến là thu dầu thô" → "thu dầu thô"; "Tăng cao
//          nhất là nhóm hàng ăn" → "nhóm hàng ăn"; "thứ hai là nhóm đồ uống" → "nhóm đồ uống"; "Thu nội địa vẫn là
//          nguồn thu chính" keeps "Thu nội địa" (the name is the subject there).
const NAMED_AFTER_COPULA =
  /(?:^|\s)(?:chiếm[^,;]*?\s(?:vẫn|cũng)\s+là|kế\s+đến\s+là|tiếp\s+đến\s+là|tiếp\s+theo\s+là|sau\s+đó\s+là|đứng\s+đầu\s+là|dẫn\s+đầu\s+là|cuối\s+cùng\s+là|(?:(?:tăng|giảm)\s+)?(?:cao|mạnh|nhiều|thấp|ít)\s+nhất\s+là|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s+là)\s+/iu;

// Grammar: predicate-start := space ( "cũng" | "vẫn" | "tiếp tục" ) space — what follows is the subject's verb phrase
// Example: "Năng suất lao động toàn nền kinh tế cũng tăng trưởng tích cực" → "Năng suất lao động toàn nền kinh tế";
//          "GRDP bình quân đầu người tiếp tục tăng liên tục qua các năm" → "GRDP bình quân đầu người".
const PREDICATE_START = /\s(?:cũng|vẫn|tiếp\s+tục)\s/iu;

// Grammar: place-only := ( "của" space )? ( ( "toàn" | "cả" ) space )? ( "tỉnh" | "thành phố" | "địa phương" | "huyện"
//            | "thị xã" | "nước" | "vùng" | "quốc" ) | ( "trên" space )? "địa bàn" ( space ( "toàn" space )? ( "tỉnh" |
//            "thành phố" | "huyện" ) )? — the whole phrase
// Example: "của tỉnh", "của địa phương", "cả nước", "toàn quốc", "địa bàn tỉnh" (Lào Cai's retail "… tiêu dùng tháng 5 địa
//          bàn tỉnh đạt …") name a place, not an indicator; "của tỉnh Lào Cai" is no match.
const PLACE_ONLY =
  /^(?:(?:của\s+)?(?:(?:toàn|cả)\s+)?(?:tỉnh|thành\s+phố|địa\s+phương|huyện|thị\s+xã|nước|vùng|quốc)|(?:trên\s+)?địa\s+bàn(?:\s+(?:toàn\s+)?(?:tỉnh|thành\s+phố|huyện))?)$/iu;

// Grammar: of-named-place := "của" space+ ( ( "tỉnh" | "thành phố" | "TP." | "huyện" | "thị xã" ) space* )? capitalised-word
//            ( space+ capitalised-word )* — the whole phrase;  capitalised-word := uppercase-letter ( letter | mark | "." )*
//            ( space "dự" )? — the "dự" of "dự ước đạt" (an estimate) left before the figure
// Example: "của Trà Vinh", "của tỉnh Lào Cai", "của TP. Hồ Chí Minh", "của TPHCM dự" ("… tháng 5-2018 của TPHCM dự ước
//          đạt 84.491 tỷ đồng"); not "của ngành Du lịch" (a lower-case noun first).
const OF_NAMED_PLACE =
  /^của\s+(?:(?:tỉnh|thành\s+phố|TP\.?|huyện|thị\s+xã)\s*)?\p{Lu}[\p{L}\p{M}.]*(?:\s+\p{Lu}[\p{L}\p{M}.]*)*(?:\s+dự)?$/u;

// Grammar: spaces := whitespace+
// Example: "bưu   chính" → "bưu chính".
const SPACES = /\s+/gu;

// Grammar: letter := any letter
// Example: "IIP" has letters; "( )" has none.
const LETTER = /\p{L}/u;

/** An indicator longer than this keeps only its last words. */
const MAX_INDICATOR_WORDS = 20;
/** Strips punctuation and filler words from both ends until nothing changes. */
function tidy(s: string): string {
  let out = s.replace(SPACES, ' ');
  for (;;) {
    const next = out
      .replace(LEADING_JUNK, '')
      .replace(TRAILING_JUNK, '')
      .replace(LEADING_FILLER, '')
      .replace(TRAILING_FILLER, '')
      .replace(TRAILING_BANG, '')
      .replace(TRAILING_CHANGE_WORDS, '')
      .trim();
    if (next === out) return out;
    out = next;
  }
}

function capWords(s: string): string {
  const all = s.split(' ');
  return all.length <= MAX_INDICATOR_WORDS ? s : all.slice(all.length - MAX_INDICATOR_WORDS).join(' ');
}

function hasLetterOutsideParens(s: string): boolean {
  return LETTER.test(s.replace(PARENTHETICAL, ' '));
}


// Grammar: opens-the-figure := space* "("? space* end — what may stand between a base and the base's own figure
// Example: "tăng mạnh so với năm 2022 (" before "100 doanh nghiệp)": the figure is 2022's.
const OPENS_THE_FIGURE = /^\s*\(?\s*$/u;

/**
 * Time phrases that can be the claim's time: outside parentheticals such as "(giá so sánh năm 2010)" ("(năm 2015)"
 * still counts), and no comparison's base ("so với cùng kỳ năm 2021") unless the figure is the base's own, printed
 * right after it.
 */
function usableTimePhrases(region: string): TimePhrase[] {
  const hidden: [number, number][] = [];
  PARENTHETICAL.lastIndex = 0;
  for (let m = PARENTHETICAL.exec(region); m !== null; m = PARENTHETICAL.exec(region)) {
    if (!BARE_YEAR_NOTE.test(m[0])) hidden.push([m.index, m.index + m[0].length]);
  }
  const isBase = (t: TimePhrase) => followsBaseLead(region.slice(0, t.start)) && !OPENS_THE_FIGURE.test(region.slice(t.end));
  return findTimePhrases(region).filter((t) => !hidden.some(([a, b]) => t.start >= a && t.end <= b) && !isBase(t));
}

// Grammar: price-base := ( "tính theo" | "theo" )? space* "giá" space+ ( ( "so sánh" | "SS" | "cố định" )
//                        ( space+ ( "năm" space+ )? year )? | "hiện hành" | "thực tế" )     — outside brackets, as words
// Example: "GRDP quý I/2016 theo giá so sánh năm 2010 ước tăng" → "GRDP quý I/2016 ước tăng": the base year is no
//          time of the claim and the words no name (Thanh Hóa, first quarter of 2016). Current prices have no base
//          year: in "Vốn đầu tư theo giá hiện hành năm 2021 ước đạt" the year is the claim's (Đắk Nông, 2021). The
//          price base is read apart (lib/verify/price-base.ts); "GRDP (giá so sánh 2010)" keeps its bracket.
const PRICE_BASE_WORDS = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:(?:tính\\s+)?theo\\s+)?giá\\s+(?:(?:so\\s+sánh|SS|cố\\s+định)(?:\\s+(?:năm\\s+)?${YEAR_SOURCE})?|hiện\\s+hành|thực\\s+tế)(?![\\p{L}\\p{M}\\d])`,
  'giu',
);

/** The region without the price base it names outside brackets. */
function withoutPriceBaseWords(region: string): string {
  let depth = 0;
  let from = 0;
  let out = '';
  PRICE_BASE_WORDS.lastIndex = 0;
  for (let m = PRICE_BASE_WORDS.exec(region); m !== null; m = PRICE_BASE_WORDS.exec(region)) {
    for (const ch of region.slice(from, m.index)) depth += ch === '(' ? 1 : ch === ')' && depth > 0 ? -1 : 0;
    out += region.slice(from, m.index) + (depth > 0 ? m[0] : ' ');
    from = m.index + m[0].length;
  }
  return out + region.slice(from);
}

/** Cuts the region after its last strong delimiter; a delimiter right before the claim points back instead. */
function afterStrongDelimiter(region: string): string {
  let lastStart = -1;
  let lastEnd = -1;
  STRONG_DELIMITER.lastIndex = 0;
  for (let m = STRONG_DELIMITER.exec(region); m !== null; m = STRONG_DELIMITER.exec(region)) {
    lastStart = m.index;
    lastEnd = m.index + m[0].length;
  }
  if (lastEnd < 0) return region;
  const after = region.slice(lastEnd);
  if (hasLetterOutsideParens(tidy(after))) return after;
  return afterStrongDelimiter(region.slice(0, lastStart));
}

// Grammar: contrast := space "nhưng" space — a clause of contrast begins: the subject is after the last one
// Example: "Tỷ lệ đồng bào DTTS và miền núi cao nhưng tốc độ tăng trưởng kinh tế (GRDP) bình quân của tỉnh" → "tốc độ tăng
//          trưởng kinh tế (GRDP) bình quân của tỉnh" (Lào Cai, 2022).
const CONTRAST = /\snhưng\s/giu;

/** The subject without the verb phrase that follows it ("… cũng tăng trưởng tích cực") and the clause before a "nhưng". */
function beforePredicate(text: string): string {
  const contrasts = [...text.matchAll(CONTRAST)];
  const last = contrasts[contrasts.length - 1];
  const s = last === undefined ? text : text.slice(last.index + last[0].length);
  // "chiếm tỷ lệ lớn vẫn là thu nội địa", "kế đến là thu dầu thô": what comes after the ranking is the name.
  const named = NAMED_AFTER_COPULA.exec(s);
  if (named !== null) return s.slice(named.index + named[0].length);
  const predicate = PREDICATE_START.exec(s);
  return predicate !== null && wordCount(s.slice(0, predicate.index)) >= 2 ? s.slice(0, predicate.index) : s;
}

function toIndicator(region: string): string | null {
  // A remark in brackets before the name is no part of it: "Năm 2023 (ước tính), GRDP" names GRDP, and
  // "2.023.746 con (không tính heo con chưa tách mẹ), tăng …" leaves the change to the level before it; so does the
  // rest of a bracket the region opens in ("… (tương đương 309.000 tấn thịt xẻ), tăng 5%").
  const s = region.replace(LEADING_PARENTHETICAL, ' ');
  const tidied = tidy(s);
  if (!hasLetterOutsideParens(tidied)) return null;
  const fragment = tidy(beforePredicate(lastFragment(tidied)));
  return hasLetterOutsideParens(fragment) && !NAMES_NOTHING.test(fragment) ? capWords(fragment) : null;
}

/**
 * Reads the indicator phrase and the year or period from the words before a claim.
 *
 * @example
 * findSubject('Năm 2023, doanh thu bưu chính đạt ');
 * // { indicator: 'doanh thu bưu chính', years: [2023], part: '' }
 * findSubject('Sản lượng thủy sản giai đoạn 2018 - 2021 đạt ');
 * // { indicator: 'Sản lượng thủy sản', years: { from: 2018, to: 2021 }, part: '' }
 * findSubject('Kim ngạch xuất khẩu tháng 10/2022 đạt ');
 * // { indicator: 'Kim ngạch xuất khẩu', years: [2022], part: 'T10' }
 */
export function findSubject(printed: string): Subject {
  const region = withoutPriceBaseWords(printed);
  const scoped = afterStrongDelimiter(region);
  const times = usableTimePhrases(scoped);
  const last = times[times.length - 1];
  if (last === undefined) {
    // "Kết quả năm 2023: doanh thu …" — the year may sit before the delimiter that starts the subject.
    const outer = usableTimePhrases(region).at(-1);
    return { indicator: toIndicator(scoped), years: outer?.years ?? null, part: outer?.period ?? WHOLE_YEAR };
  }
  const previousEnd = times.length > 1 ? (times[times.length - 2]?.end ?? 0) : 0;
  const afterText = scoped.slice(last.end);
  const read = toIndicator(afterText.replace(PARENTHETICAL, ' ')) === null ? null : toIndicator(afterText);
  // "Dân số trung bình năm 2023 của tỉnh là …", "Quy mô GRDP năm 2024 của Trà Vinh đạt …": a place after the year leaves
  // the indicator before it, when there is one.
  const after = read !== null && (PLACE_ONLY.test(read) || OF_NAMED_PLACE.test(read)) ? null : read;
  const indicator = after ?? toIndicator(scoped.slice(previousEnd, last.start)) ?? read;
  return { indicator, years: last.years, part: last.period };
}

/**
 * Whether a phrase names only a place, no indicator ("toàn tỉnh", "cả nước", "trên địa bàn tỉnh").
 *
 * @example
 * namesPlaceOnly('Toàn tỉnh') // true
 * namesPlaceOnly('Hà Nội')    // false: a named place tells two figures apart
 */
export function namesPlaceOnly(phrase: string): boolean {
  return PLACE_ONLY.test(phrase);
}
