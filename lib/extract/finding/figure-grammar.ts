import { readMeasured } from '../../numbers/read-measured';
import type { Figure } from '../types';

/**
 * The building blocks of claim patterns, as regular-expression sources, plus the readers that turn
 * their matches into values. Everything here works on NFC text and is matched with the `iu` flags.
 */

// Grammar: year := ( "19" | "20" ) digit digit, not glued to digits, "." or "," around it
// Example: "2015" in "so với năm 2015." is a year; "2.655" holds none.
export const YEAR_SOURCE = '(?<![\\p{N}.,])(?:19|20)\\d{2}(?![.,]?\\d)';

// Grammar: qualifier := "trên" | "hơn" | "dưới" | "chưa đến" | "chưa tới" | "gần" | "khoảng" | "xấp xỉ"
//                     | "ước đạt" | "ước tính" | "ước"      (followed by space)
// Example: "trên " in "đạt trên 5 triệu lượt người".
export const QUALIFIER_SOURCE = '(?:trên|hơn|dưới|chưa đến|chưa tới|gần|khoảng|xấp xỉ|ước đạt|ước tính|ước)\\s+';

const SCALE_WORDS = ['nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ', 'vạn'];

/** Unit nouns written after a count in reports, longest first when the pattern is built. */
const UNIT_WORDS = [
  'usd', 'đô la', 'đồng', 'tấn', 'tạ', 'kg', 'km2', 'km²', 'km', 'ha', 'm2', 'm3', 'mw', 'kwh',
  'lượt người', 'lượt khách', 'lượt', 'người', 'lao động', 'hộ gia đình', 'hộ', 'đảng viên', 'học sinh',
  'sinh viên', 'bác sĩ', 'giường bệnh', 'thuê bao', 'doanh nghiệp', 'hợp tác xã', 'dự án', 'trường học',
  'trường', 'điểm trường', 'phòng học', 'lớp học', 'cơ sở', 'xã', 'thôn', 'xóm', 'di tích', 'mô hình',
  'công trình', 'bưu cục', 'trạm', 'cửa khẩu', 'sản phẩm', 'căn nhà', 'ngôi nhà', 'nhà', 'con', 'cây',
  'tổ chức', 'chi bộ', 'đơn vị', 'huyện', 'phường', 'thị trấn', 'trung tâm', 'vận động viên', 'hội viên',
  'đoàn viên', 'cán bộ', 'chiến sĩ', 'hợp đồng', 'giấy phép', 'làng', 'thôn bản', 'bản', 'hội nghị',
  'lớp', 'học viên', 'khách', 'phòng', 'giường', 'chợ', 'siêu thị', 'nhà máy', 'công ty',
  // the products of industry and trade, counted by piece, pair, set, volume or area
  'chiếc', 'cái', 'bộ', 'đôi', 'lít', 'mét vuông', 'mét khối', 'mét', 'viên', 'tấm', 'hộp', 'gói', 'cuộn', 'thùng',
  'chai', 'hành khách', 'xe', 'ô tô', 'tàu',
  // ports: freight through them ("1.110 nghìn TTQ", tấn thông qua; Bình Định's July 2023), containers and calls
  'tấn thông qua', 'ttq', 'teu', 'lượt tàu',
  // the short forms of GSO's enterprise releases ("138.139 DN thành lập mới", "có 1.200 HTX"; 2019)
  'dn', 'htx',
  // events counted in labour, health and public-order reports ("74 phiên giao dịch việc làm", Lâm Đồng, June 2021;
  // "120 ca mắc"; never "vụ", which also counts a year's crops: "3 vụ lúa")
  'phiên', 'ca', 'cuộc', 'đợt', 'buổi',
];

// Grammar: regex-special := one of . * + ? ^ $ { } ( ) | [ ] \
// Example: "km²" has none; "a.b" has ".".
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

// Grammar: space := " "
// Example: "lượt người" has one, which becomes \s+ in the pattern.
const ONE_SPACE = / /g;

/**
 * A literal phrase as regular-expression source: special characters escaped, each space any run of whitespace.
 *
 * @example
 * new RegExp(escapeSource('TP. HCM')).test('TP.  HCM') // true
 */
export function escapeSource(s: string): string {
  return s.replace(REGEX_SPECIAL, '\\$&').replace(ONE_SPACE, '\\s+');
}

const WORD_ALTERNATION = [...UNIT_WORDS].sort((a, b) => b.length - a.length).map(escapeSource).join('|');
const SCALE_ALTERNATION = SCALE_WORDS.map(escapeSource).join('|');

// Grammar: unit := percent-unit | ( scale space ){0,2} unit-word distance? per? not-followed-by-letter | bare-scale
//   distance := ".km" — a transport unit times the distance carried ("tấn.km", "lượt khách.km")
//   percent-unit := ( "%" | "‰" ) per?  |  "điểm phần trăm"  |  "điểm %"  |  "lần"
//   bare-scale := scale, not followed by a letter or a digit, nor by " lệ" / " trọng" ("tỷ lệ", "tỷ trọng" are words):
//     a count in millions with what is counted said before it ("hành khách đạt 34,7 triệu, tăng 49,6%")
//   scale := "nghìn" | "ngàn" | "triệu" | "tỷ" | "tỉ" | "vạn"
//   per := ( space* "/" space* ( "năm" | "tháng" | "ngày" | "quý" | "vạn dân" | "nghìn dân" | digits " dân" | unit-word ) ){0,2}
//   (spec §2b: units with a slash are units, not separators)
// Example: "triệu USD", "tỷ đồng", "%/năm", "bác sĩ/vạn dân", "nghìn lượt người", "lần", "triệu đồng/lao động",
//   "triệu đồng/người/tháng", "tỷ lượt khách.km".
export const UNIT_SOURCE =
  '(?:(?:%|‰)(?:\\s*/\\s*năm)?|điểm\\s+phần\\s+trăm|điểm\\s*%|lần(?![\\p{L}\\p{M}])' +
  `|(?:(?:${SCALE_ALTERNATION})\\s+){0,2}(?:${WORD_ALTERNATION})(?:\\.km)?` +
  `(?:\\s*/\\s*(?:năm|tháng|ngày|quý|vạn\\s+dân|nghìn\\s+dân|\\d+\\s+dân|${WORD_ALTERNATION})){0,2}(?![\\p{L}\\p{M}\\d])` +
  `|(?:${SCALE_ALTERNATION})(?![\\p{L}\\p{M}\\d])(?!\\s+(?:lệ|trọng)(?![\\p{L}\\p{M}])))`;

// Grammar: number := digit{1,3} ( " " digit{3} )+ ( "," digit+ )? followed by space* unit   (space grouping, spec §1:
//                                                                               "12 450,6 tỷ đồng", "1 042 100 người")
//                  | digit{1,3} ( "." digit{3} )+ ( "," digit+ )?      (Vietnamese grouping: 2.310.500, 6.210,4)
//                  | digit+ ( "," digit+ )?                             (18, 3,7, 0,25)
//                  | digit+ "." digit{1,2}                              (a lone English decimal point: 28.27)
//   not glued to a letter, digit, "." or "," before it; not followed by more digits. Space grouping needs the unit
//   after it: a run of numbers in a flattened table row ("120 135 150,5") stays separate numbers.
// Example: in "đạt 6.210,4 tỷ đồng" the number is "6.210,4"; in "năm 2019." it is "2019"; in "đạt 12 450,6 tỷ đồng"
//   it is "12 450,6".
export const NUMBER_SOURCE =
  '(?<![\\p{L}\\p{N}.,/])(?:\\d{1,3}(?: \\d{3})+(?:,\\d+)?(?=\\s*' +
  UNIT_SOURCE +
  ')|\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?|\\d+\\.\\d{1,2})(?![.,]?\\d)';

// Grammar: scale-only := ( "nghìn" | "ngàn" | "triệu" | "tỷ" | "tỉ" | "vạn" ) not-followed-by-letter
// Example: "5 triệu" (the unit noun omitted) still reads as a scaled count.
export const SCALE_ONLY_SOURCE = `(?:${SCALE_ALTERNATION})(?![\\p{L}\\p{M}])`;

// Grammar: spaces := whitespace+
// Example: "triệu   USD" collapses to "triệu USD".
const SPACES = /\s+/g;

// Grammar: slash-with-spaces := space* "/" space*
// Example: "% / năm" becomes "%/năm".
const SLASH_SPACES = /\s*\/\s*/g;

// Grammar: acronym := ( "usd" | "ttq" | "teu" | "dn" | "htx" ) as a whole word, on lower-cased text — the units
//   written in capitals
// Example: "triệu usd" → "triệu USD"; "nghìn ttq" → "nghìn TTQ"; "dn" → "DN".
const ACRONYM = /(?<![\p{L}\p{M}])(?:usd|ttq|teu|dn|htx)(?![\p{L}\p{M}])/gu;

/**
 * The unit as written, with spaces collapsed, lowercased, and its acronyms (`USD`, `TTQ`, `TEU`, `DN`, `HTX`) kept in
 * capitals.
 * @example canonicalUnit('Triệu  USD') // → "triệu USD"
 */
export function canonicalUnit(unit: string): string {
  return unit.trim().replace(SPACES, ' ').replace(SLASH_SPACES, '/').toLowerCase().replace(ACRONYM, (word) => word.toUpperCase());
}

/**
 * A figure from a number text and an optional unit text; `null` when the number does not read.
 * @example makeFigure('3,8', 'lần') // → { value: 3.8, decimals: 1, unit: 'lần' }
 */
export function makeFigure(numberText: string, unitText: string | undefined): Figure | null {
  const read = readMeasured(numberText.trim());
  if (read === null) return null;
  const unit = unitText === undefined || unitText.trim() === '' ? null : canonicalUnit(unitText);
  return { value: read.value, decimals: read.decimals, unit };
}
