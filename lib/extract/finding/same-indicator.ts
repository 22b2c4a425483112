import { foldDiacritics } from '../../claims/normalize-text';

/**
 * Whether two indicator phrases written in different places name the same series.
 * Reports rephrase: "Tổng giá trị xuất khẩu nông sản qua địa bàn" and "Tổng xuất khẩu hàng hóa nông
 * sản" are one series. Words are folded (no diacritics, lowercase), filler words
 * ("tổng", "giá trị", "trên địa bàn"…) are dropped, and the phrases match when most of their words are
 * shared (Jaccard index ≥ 0.6), so "doanh thu bưu chính" is not "doanh thu bưu chính từ dịch vụ chuyển phát quốc tế".
 */

/** Words that qualify an indicator without naming it. */
const FILLER = new Set([
  'tong', 'gia', 'tri', 'cua', 'tren', 'dia', 'ban', 'qua', 'hang', 'hoa', 'toan', 'tinh', 'so', 'cac', 'va', 'the',
  'nha', 'nuoc', 'nam', 'trong', 'khu', 'vuc', 'muc', 'chi', 'tieu',
]);

/**
 * Words that name only a measure: a phrase made of nothing else ("sản lượng", "năng suất", "diện tích gieo trồng",
 * "doanh thu", "cơ cấu") says what is measured but not of what, so it is never similar to a named series ("sản
 * lượng" is not "Sản lượng lương thực").
 */
const MEASURE_WORDS = new Set([
  'san', 'luong', 'nang', 'suat', 'dien', 'tich', 'gieo', 'trong', 'thu', 'hoach', 'kim', 'ngach', 'doanh', 'quy', 'mo',
  'toc', 'do', 'tang', 'ty', 'co', 'cau',
]);

/**
 * Words that make a name another series when only one of two names has them, however many words the names share:
 * the near-poor are not the poor ("hộ cận nghèo", "hộ nghèo"), nor households leaving or falling back into poverty
 * ("thoát nghèo", "tái nghèo"); women and men are not everyone ("lao động nữ", "lao động"); exports are not imports
 * ("kim ngạch xuất khẩu", "kim ngạch nhập khẩu", "kim ngạch xuất, nhập khẩu"); the province's budget is not the
 * district's ("vốn ngân sách cấp tỉnh", "… cấp huyện"). Read before folding: "nam" (men) is not "năm" (year), "tái"
 * not "tài" or "tại".
 */
// Grammar: distinguisher := ( "cận" | "thoát" | "tái" | "nữ" | "nam" | "không" | "chưa" | "ngoài" | "trong" space+ "nước"
//            | "xuất" | "nhập" | "cấp" space+ word ) as whole words, on the lower-cased name; "xuất" after "sản" or "đề"
//            (production, a proposal) and "nhập" after "thu" (income) are no distinguisher.
// Example: "Kim ngạch xuất, nhập khẩu" → "xuất", "nhập"; "giá trị sản xuất" → none; "vốn cấp tỉnh" → "cấp tỉnh";
//          "giải quyết việc làm trong nước" → "trong nước", some of "giải quyết việc làm" (Hà Tĩnh, 2023).
const DISTINGUISHER =
  /(?<![\p{L}\p{M}])(?:cận|thoát|tái|nữ|nam|không|chưa|ngoài|trong\s+nước|(?<!(?:sản|đề)\s+)xuất|(?<!thu\s+)nhập|cấp\s+[\p{L}\p{M}]+)(?![\p{L}\p{M}])/gu;

// Grammar: place-nam := letter ( letter | mark )* space+ "Nam" — "Nam" capitalised after a word is a place
// Example: "Việt Nam", "Quảng Nam", "miền Nam"; "lao động nam" (men) and "Nam giới" (first word) are not.
const PLACE_NAM = /(?<=[\p{L}\p{M}]\s+)Nam(?![\p{L}\p{M}])/gu;

// Grammar: spaces := space+. Example: "cấp  tỉnh" → "cấp tỉnh".
const SPACES = /\s+/gu;

/** Shared words over all words, at least. */
const MIN_JACCARD = 0.6;

/** Spelling variants folded to one form ("tỉ lệ" and "tỷ lệ"). */
const VARIANTS = new Map([['ti', 'ty']]);

// Grammar: word := ( letter | digit )+
// Example: "kim ngạch (XNK)" has the words "kim", "ngach", "xnk" once folded.
const WORD = /[\p{L}\p{N}]+/gu;

/** Key words by indicator text: a text names few indicators and compares each of them many times. */
const keyWordCache = new Map<string, ReadonlySet<string>>();
const MAX_CACHED = 10_000;

function keyWords(indicator: string): ReadonlySet<string> {
  const cached = keyWordCache.get(indicator);
  if (cached !== undefined) return cached;
  const words = foldDiacritics(indicator.normalize('NFC')).match(WORD) ?? [];
  const keys = new Set(words.map((w) => VARIANTS.get(w) ?? w).filter((w) => !FILLER.has(w)));
  if (keyWordCache.size >= MAX_CACHED) keyWordCache.clear();
  keyWordCache.set(indicator, keys);
  return keys;
}

// Grammar: non-ascii := a letter outside ASCII — a name written with its diacritics, not a folded key
// Example: "Dân số nam" has "â"; "dan so trung binh nam 2022" (a key) has none, and its "nam" may be "năm".
const NON_ASCII = /[^\x00-\x7f]/u;

/** Distinguishing words by indicator text, for the same reason as keyWordCache. */
const distinguisherCache = new Map<string, string>();

/** The distinguishing words of a name, as printed (lower case); none for a folded key, where "nam" may be "năm". */
function distinguishersOf(indicator: string): string {
  const cached = distinguisherCache.get(indicator);
  if (cached !== undefined) return cached;
  const text = NON_ASCII.test(indicator) ? indicator.normalize('NFC').replace(PLACE_NAM, '').toLowerCase() : '';
  const words = (text.match(DISTINGUISHER) ?? []).map((w) => w.replace(SPACES, ' '));
  const found = [...new Set(words)].sort().join(' ');
  if (distinguisherCache.size >= MAX_CACHED) distinguisherCache.clear();
  distinguisherCache.set(indicator, found);
  return found;
}

// Grammar: budget-contrasts, on the lower-cased name, each a pair of sides that name two series when both are printed:
//   revenue  := ( start | space ) "thu" space+ ( "ngân sách" | "nsnn" )
//   spending := ( start | space ) "chi" space+ ( "ngân sách" | "nsnn" )
//   state    := "ngân sách nhà nước" | "nsnn";   local := "ngân sách địa phương" | "nsđp"
//   outlay   := ( start | space ) "chi" space;   capital := ( start | space ) "vốn" not-before-letter
// Example: "Tổng thu ngân sách Nhà nước trên địa bàn huyện", "chi ngân sách huyện" and "thu ngân sách địa phương" are
//          three series (Đại Lộc's first quarter of 2023); "thu ngân sách" and "thu ngân sách nhà nước" may be one;
//          "chi đầu tư phát triển" (the budget's outlay) is not "vốn đầu tư phát triển trên địa bàn" (all investment in the
//          province; Hưng Yên's yearbook of 2018).
//   and, beyond the budget, index := "chỉ số"; value := "giá trị" — an index of volume is no value at current prices
// Example: "chỉ số sản xuất công nghiệp" (the IIP) and "Giá trị sản xuất công nghiệp (giá hiện hành)" are two series (Long
//          An's first quarter of 2018): the IIP's rise is never measured on the output value's levels.
const BUDGET_CONTRASTS: readonly (readonly [RegExp, RegExp])[] = [
  [/(?:^|\s)thu\s+(?:ngân\s+sách|nsnn)/u, /(?:^|\s)chi\s+(?:ngân\s+sách|nsnn)/u],
  [/ngân\s+sách\s+nhà\s+nước|nsnn/u, /ngân\s+sách\s+địa\s+phương|nsđp/u],
  [/(?:^|\s)chi\s/u, /(?:^|\s)vốn(?![\p{L}\p{M}])/u],
  [/(?:^|\s)chỉ\s+số(?![\p{L}\p{M}])/u, /(?:^|\s)giá\s+trị(?![\p{L}\p{M}])/u],
];

/** Which sides of BUDGET_CONTRASTS a name prints, as bits (2 per pair), by indicator text. */
const contrastCache = new Map<string, number>();

function contrastBits(indicator: string): number {
  const cached = contrastCache.get(indicator);
  if (cached !== undefined) return cached;
  const text = indicator.normalize('NFC').toLowerCase();
  let bits = 0;
  BUDGET_CONTRASTS.forEach(([one, other], k) => {
    if (one.test(text)) bits |= 1 << (2 * k);
    if (other.test(text)) bits |= 2 << (2 * k);
  });
  if (contrastCache.size >= MAX_CACHED) contrastCache.clear();
  contrastCache.set(indicator, bits);
  return bits;
}

/** Whether one name prints one side of a contrast and the other name the other side ("thu ngân sách", "chi ngân sách"). */
function contrasting(a: string, b: string): boolean {
  const x = contrastBits(a);
  const y = contrastBits(b);
  for (let k = 0; k < BUDGET_CONTRASTS.length; k++) {
    const one = 1 << (2 * k);
    const other = 2 << (2 * k);
    if ((x & one && y & other && !(x & other)) || (x & other && y & one && !(x & one))) return true;
  }
  return false;
}

function namesOnlyMeasure(words: ReadonlySet<string>): boolean {
  for (const w of words) if (!MEASURE_WORDS.has(w)) return false;
  return true;
}

/** Classifier words, which say the kind of thing measured but not which ("cây lúa", "đàn trâu", "con gà"). */
const CLASSIFIERS = new Set(['cay', 'con', 'dan', 'vu']);

/**
 * Whether two names measure the same thing of two different objects: each has words beyond the measure and its
 * classifier, and they share none of them ("sản lượng cây lúa", "sản lượng cây ngô").
 */
function differentObjects(wa: ReadonlySet<string>, wb: ReadonlySet<string>): boolean {
  let objectsA = 0;
  let objectsB = 0;
  for (const w of wa) {
    if (MEASURE_WORDS.has(w) || CLASSIFIERS.has(w)) continue;
    if (wb.has(w)) return false;
    objectsA++;
  }
  for (const w of wb) if (!MEASURE_WORDS.has(w) && !CLASSIFIERS.has(w)) objectsB++;
  return objectsA > 0 && objectsB > 0;
}

/**
 * @example
 * sameIndicator('Tổng vốn đầu tư công', 'vốn đầu tư công trên địa bàn'); // true
 * sameIndicator('sản lượng', 'Sản lượng lương thực'); // false: a measure alone names no series
 * sameIndicator('doanh thu lữ hành', 'thu ngân sách'); // false
 * sameIndicator('hộ cận nghèo', 'hộ nghèo'); // false: the near-poor are not the poor
 * sameIndicator('sản lượng cây lúa', 'sản lượng cây ngô'); // false: one measure of two crops
 */
export function sameIndicator(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  if (a === b) return a.trim() !== '';
  const wa = keyWords(a);
  const wb = keyWords(b);
  if (wa.size === 0 || wb.size === 0) return false;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  // The same words ("Doanh thu", "doanh thu") are the same name; a measure alone is similar to nothing else.
  if (shared === wa.size && shared === wb.size) return distinguishersOf(a) === distinguishersOf(b);
  if (namesOnlyMeasure(wa) || namesOnlyMeasure(wb)) return false;
  if (distinguishersOf(a) !== distinguishersOf(b) || contrasting(a, b) || differentObjects(wa, wb)) return false;
  return shared / (wa.size + wb.size - shared) >= MIN_JACCARD;
}
