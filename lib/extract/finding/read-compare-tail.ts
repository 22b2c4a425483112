import { findTimePhrases, isPeriod, type TimePhrase } from './find-time-phrases';
import { WHOLE_YEAR } from '../../verify/reference-period';
import { makeFigure, NUMBER_SOURCE, UNIT_SOURCE, YEAR_SOURCE } from './figure-grammar';
import type { CompareTo, Figure } from '../types';

export interface CompareTail {
  /** Offset just past the tail, relative to the text given. */
  readonly end: number;
  readonly compareTo: CompareTo;
  /** The base's value when the tail prints it ("so với 13.800 tấn"). Absent otherwise. */
  readonly printedBase?: Figure;
}

// Grammar: printed-base := number space* unit, at the start of the tail's body
// Example: "13.800 tấn nhưng …" → 13 800 tấn; "1.000 tỷ đồng của năm 2022" → 1 000 tỷ đồng; "năm 2022" is none.
// Grammar: bare-year := year, the whole number. Example: "2019"; not "2.019" or "20,19".
const BARE_YEAR = new RegExp(`^${YEAR_SOURCE}$`, 'u');

const PRINTED_BASE = new RegExp(`^(?<n>${NUMBER_SOURCE})\\s*(?<u>${UNIT_SOURCE})`, 'iu');

// Grammar: tail-start := space* ","? space* "so" space ( ( "sánh" space )? "với" space | before a time word )
//   time word := "cùng kỳ" | "CK" (its short form in provincial reports) | "năm" | "quý" | "tháng" | "kỳ" | "ước" (an
//   estimate of a time: "so ước thực hiện năm 2017") (a whole word): "so năm 2022" says "so với năm 2022"
// Example: ", so với năm 2019", " so với giai đoạn 2014 - 2018", " so cùng kỳ 2019", " so CK" and " so ước thực hiện năm
//   2017" (Cần Thơ's plan for 2018) start a tail; " so sánh" alone does not.
const TAIL_START = /^\s*,?\s*so\s+(?:(?:sánh\s+)?với\s+|(?=(?:cùng\s+kỳ|ck|năm|quý|tháng|kỳ|ước)(?![\p{L}\p{M}])))/iu;

// Grammar: tail-stop := "," not between two digits | ";" | ":" | "." space | "(" | ")" | newline
//   | space ( "và" | "nhưng" | "còn" ) space ( "chỉ" space )?, followed by a claim word (tăng, giảm, bằng, đạt, chiếm, gấp, cao,
//     thấp, vượt), a digit, another base ("so với") or a bracket ("và (+1,3%) so với …", Bắc Ninh's credit), or by one to
//     five words and "chiếm", "đạt", "tăng" or "giảm" (the next item of a list, named before its verb)
// Example: in "so với năm 2015, bình quân…" the tail stops at ","; "so với tháng 12/2022 và tăng 3,66%" stops
// before " và tăng"; "so với tháng trước và so với cùng kỳ năm trước tăng 2,89%" stops before " và so với"; "so với 2015
// và nông nghiệp chiếm 11,98%" stops before " và nông nghiệp"; the "," of "3,66" never stops it.
const TAIL_STOP =
  /(?<!\d),|,(?!\d)|[;:()\n]|\.\s|\s(?:và|nhưng|còn)\s+(?:chỉ\s+)?(?=tăng|giảm|bằng|đạt|chiếm|gấp|cao|thấp|vượt|\d|\(|so\s+(?:sánh\s+)?với|(?:[\p{L}\p{M}-]+\s+){1,5}(?:chiếm|đạt|tăng|giảm)\s)/u;

// Grammar: relative-base := ( "cùng kỳ" [ space "năm trước" ] | "CK" | ( "năm" | "tháng" | "quý" | "kỳ" ) space "trước" )
//   not-before-letter, at the start — a base named by its place before the claim's time, the whole of the tail
// Example: "cùng kỳ năm trước và luân chuyển …" → "cùng kỳ năm trước"; "tháng trước" → "tháng trước"; "CK" → "CK".
const RELATIVE_BASE = /^(?:cùng\s+kỳ(?:\s+năm\s+trước)?|ck|(?:năm|tháng|quý|kỳ)\s+trước)(?![\p{L}\p{M}])/iu;

// Grammar: words := ( non-space+ space* ){1,6} from the start
// Example: "cùng kỳ năm trước và" → "cùng kỳ năm trước và" (six words at most).
const FIRST_WORDS = /^(?:\S+\s*){1,6}/u;

// Grammar: digit := a decimal digit. Example: "6 tháng đầu năm" has one; "nhóm hộ nghèo nhất" has none.
const HAS_DIGIT = /\d/u;

/** How far after "so với" a year may sit and still be the base ("so với tổng doanh thu của ngành … giai đoạn 2014 - 2018"). */
const MAX_TAIL_LENGTH = 90;

// Grammar: direct-start := space+ followed by a letter (the base named right after "gấp N lần", without "so với")
// Example: " năm 2015 (5.104 USD)" after "gấp 1,3 lần"; " lao động nữ (…)".
const DIRECT_START = /^\s+(?=\p{L})/u;

// Grammar: year-end := ( "thời điểm" space+ )? ( "cuối" | "hết" ) space+ "năm" space, at the start of the base — a stock at
//   the end of a year, the whole year's last value, whatever part of a year the claim speaks of
// Example: "cuối năm 2020" in "dư nợ đến cuối tháng 5/2021 giảm 1,4% so với cuối năm 2020" is the year 2020, not its first
// five months; "cùng kỳ năm 2020" is not.
const YEAR_END = /^(?:thời\s+điểm\s+)?(?:cuối|hết)\s+năm\s/iu;

/**
 * The base a time phrase names: a period, or one year with the part of it written ("quý II/2023"); `null` for several
 * years, "đến nay", or a part of a year without its year ("so với quý trước" names no year).
 */
function compareToOf(time: TimePhrase): CompareTo {
  const years = time.years;
  if (years === null) return null;
  if (isPeriod(years)) return { period: years };
  const year = years.length === 1 ? years[0] : undefined;
  if (year === undefined) return null;
  // "so với cùng kỳ năm 2022" (period null) is the claim's own part of that year.
  return time.period === WHOLE_YEAR || time.period === null ? { year } : { year, part: time.period };
}

/**
 * Reads the "so với …" phrase that may follow a comparison, and the year or period it names. With `direct`, the
 * base may follow without "so với", as after "gấp 1,3 lần năm 2015".
 *
 * @example
 * readCompareTail(' so với giai đoạn 2014 - 2018, bình quân tăng 9%/năm');
 * // { end: 29, compareTo: { period: { from: 2014, to: 2018 } } }
 */
export function readCompareTail(text: string, direct = false): CompareTail | null {
  const start = TAIL_START.exec(text) ?? (direct ? DIRECT_START.exec(text) : null);
  if (start === null) return null;
  const bodyStart = start[0].length;
  const rest = text.slice(bodyStart, bodyStart + MAX_TAIL_LENGTH);
  const stop = TAIL_STOP.exec(rest);
  const body = rest.slice(0, stop?.index ?? rest.length);
  const printed = PRINTED_BASE.exec(body);
  const number = printed?.groups?.['n'] ?? '';
  // "so với 2019 …" names a year, not a value.
  const figure = printed === null || BARE_YEAR.test(number) ? null : makeFigure(number, printed.groups?.['u']);
  const time = findTimePhrases(body)[0];
  // "so với cùng kỳ" names its base by its place: a time further on ("… cùng kỳ Tổng mức bán lẻ … tháng 5/2017", the
  // next paragraph read on after a title with no full stop) is another phrase's, not the base's.
  const relativeFirst = RELATIVE_BASE.exec(body);
  if (relativeFirst !== null && time !== undefined && printed === null && time.start > relativeFirst[0].length + 1) {
    return { end: bodyStart + relativeFirst[0].length, compareTo: null };
  }
  // "so với 13.800 tấn" prints the base itself; "so với 1.000 tỷ đồng của năm 2022" its year too.
  if (figure !== null && printed !== null) {
    const end = time === undefined ? printed[0].length : Math.max(printed[0].length, time.end);
    return { end: bodyStart + end, compareTo: time === undefined ? null : compareToOf(time), printedBase: figure };
  }
  if (time !== undefined) {
    const compareTo = compareToOf(time);
    const atYearEnd = compareTo !== null && 'year' in compareTo && compareTo.part === undefined && YEAR_END.test(body);
    return { end: bodyStart + time.end, compareTo: atYearEnd ? { year: compareTo.year, part: WHOLE_YEAR } : compareTo };
  }
  // "so với cùng kỳ năm trước và luân chuyển …": the base ends where its words do, not six words on.
  if (relativeFirst !== null) return { end: bodyStart + relativeFirst[0].length, compareTo: null };
  // A base named in words up to the bracket that prints its value ("vùng Trung du và miền núi phía Bắc (2,74 …)")
  // is the tail whole; any other stops after a few words.
  const named = stop?.[0] === '(' && !HAS_DIGIT.test(body) ? body.trimEnd() : null;
  const words = named ?? FIRST_WORDS.exec(body)?.[0].trimEnd() ?? '';
  return { end: bodyStart + words.length, compareTo: null };
}
