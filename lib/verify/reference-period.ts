import { foldDiacritics, foldDiacriticsAligned } from '../claims/normalize-text';
import type { Lang } from '../i18n/lang';
import type { PeriodKey } from './reference-types';

/** The whole year. */
export const WHOLE_YEAR: PeriodKey = '';

/** Period keys that name the same months are one key (see `PeriodKey`). */
function canonical(kind: 'Q' | 'T' | 'L', n: number): PeriodKey | null {
  if (kind === 'Q') return n >= 1 && n <= 4 ? (n === 1 ? 'L3' : `Q${n}`) : null;
  if (n < 1 || n > 12) return null;
  if (kind === 'T') return n === 1 ? 'L1' : `T${n}`;
  return n === 12 ? WHOLE_YEAR : `L${n}`;
}

// Grammar: cell := "" | "nam" | "ca nam" | quarter | month | months
//   quarter := ( "q" | "quy" space? ) ( digit | "i" | "ii" | "iii" | "iv" )
//   month   := ( "t" | "thang" space? ) digit digit?
//   months  := digit digit? space? ( "t" | "thang" ) ( space "dau nam" )? ( space "luy ke" )?
// Example: "Q1", "quý II", "T3", "tháng 12", "6T", "9T lũy kế", "9 tháng lũy kế" (folded first).
const PERIOD_CELL =
  /^(?:(?<whole>nam|ca nam)|(?:q|quy ?)(?<q>[1-4]|i{1,3}|iv)|(?:t|thang ?)(?<t>\d{1,2})|(?<l>\d{1,2}) ?(?:t|thang)(?: dau nam)?(?: luy ke)?)$/u;

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

function quarterNumber(text: string): number {
  return ROMAN[text] ?? Number(text);
}

/**
 * Reads a `kỳ` / `period` cell of a long series (table-csv.md): empty for the whole year, `Q1`…`Q4`,
 * `6T` (first half), `T1`…`T12` (a month) or `9T lũy kế` (cumulative to month 9).
 *
 * @example
 * parsePeriodCell('9T lũy kế'); // { ok: true, key: 'L9' }
 * parsePeriodCell('Q1'); // { ok: true, key: 'L3' }
 * parsePeriodCell('mùa xuân'); // { ok: false }
 */
export function parsePeriodCell(cell: string): { readonly ok: true; readonly key: PeriodKey } | { readonly ok: false } {
  const folded = foldDiacritics(cell.normalize('NFC')).replace(/\s+/gu, ' ').trim();
  if (folded === '') return { ok: true, key: WHOLE_YEAR };
  const m = PERIOD_CELL.exec(folded);
  const g = m?.groups;
  if (g === undefined) return { ok: false };
  if (g.whole !== undefined) return { ok: true, key: WHOLE_YEAR };
  const key =
    g.q !== undefined ? canonical('Q', quarterNumber(g.q)) : g.t !== undefined ? canonical('T', Number(g.t)) : canonical('L', Number(g.l ?? ''));
  return key === null ? { ok: false } : { ok: true, key };
}

// Grammar (folded prose, offsets kept): period := quarter | months | month, as whole words
//   quarter   := ( "quy" | "qui" ) space ( "iv" | "i" | "ii" | "iii" | digit 1-4 ) year-tail?
//   months    := count space "thang" ( space "dau nam" ( space ( YEAR | "nay" ) )? )? year-tail?
//                — never before "tuổi" (an age) or "cuối" (the second half), and kept only with "đầu năm", a
//                year tail, or a digit count at a lead (MONTHS_LEAD): "trong 3 tháng" is a duration, not a period
//   month     := up-to? "thang" space digit digit? year-tail? — with up-to, the months from January to it
//   half      := "nua dau nam" ( space ( YEAR | "nay" ) )? year-tail? — the first half of a year, its six months
//   up-to     := "den" space ( ( "het" | "giua" | "cuoi" ) space )? | ( "het" | "cuoi" ) space
//   short     := ( digit digit? "t" | "t" digit digit? | "q" digit 1-4 ) year-tail — a report form's "8T/2019" (8 months),
//                "T6/2023" (June), "Q1/2024", only with their year
//   count     := digit digit? | a number word from "hai" to "muoi hai" (folded: "tam" is "tám", 8)
//   year-tail := space? "/" space? YEAR | ( "-" | "." ) YEAR | space "nam" space ( YEAR | "nay" | "truoc" | "ngoai" )
//                (the press writes "tháng 10-2024" and "tháng 12.2018", with no space)
// Example: "quý i/2024" → L3 of 2024; "sáu tháng đầu năm 2024" → L6 of 2024; "tháng 3 năm 2024" → T3 of 2024;
// "tính chung 9 tháng năm nay" and "sáu tháng đầu năm nay" → L9 and L6, year not written; "tháng 12 năm trước" (or "năm ngoái") → T12; "đến hết tháng
// 10/2023" → L10; "8t/2019" → L8 of 2019, "t6/2023" → T6 of 2023; "nửa đầu năm 2023" → L6 of 2023;
// "tháng 10-2024" → T10 of 2024;
// not "trẻ dưới 6 tháng tuổi".
const PERIOD_PHRASE =
  /(?<![\p{L}\p{N}])(?:(?<ls>\d{1,2})t|t(?<ts>\d{1,2})|q(?<qs>[1-4])|qu[yi] (?<q>iv|i{1,3}|[1-4])|(?<l>\d{1,2}|muoi mot|muoi hai|hai|ba|bon|nam|sau|bay|tam|chin|muoi) thang(?! tuoi| cuoi)(?<first> dau nam(?: (?:(?<y3>\d{4})|nay))?)?|(?<upto>den (?:(?:het|giua|cuoi) )?|(?:het|cuoi) )?thang (?<t>\d{1,2})|(?<half>nua dau nam)(?: (?<y4>\d{4})(?![\p{L}\p{N}])| nay)?)(?<tail>(?:\s?\/\s?|[-.])(?<y1>\d{4})| nam (?:(?<y2>\d{4})|nay|truoc|ngoai))?(?![\p{L}\p{N}])/gu;

// Grammar (folded): months-lead := ( start | "chung" space | "binh quan" space | ( "luy ke" | "cong don" ) space
//   ( "uoc" space )? | ( "," | ":" | ";" | "(" ) space* ) at the end of the text before
// Example: "Tính chung 9 tháng, …", "bình quân 9 tháng, CPI …", "lũy kế 10 tháng ước 29.520 tỷ đồng" and "9 tháng, thu
//   ngân sách …" name a period; "trong 3 tháng" does not.
const MONTHS_LEAD = /(?:^|chung |binh quan |(?:luy ke|cong don) (?:uoc )?|[,:;(]\s*)$/u;

const WORD_NUMBERS: Readonly<Record<string, number>> = {
  hai: 2, ba: 3, bon: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10, 'muoi mot': 11, 'muoi hai': 12,
};

// Grammar (folded): span-start := "tu" space end — before the first month of "từ tháng M … đến tháng N …".
const SPAN_START = /(?:^|[^\p{L}])tu $/u;

/** Whether `previous` opens a span of months ("từ tháng 10 năm 1947") that the "đến tháng …" at `start` closes. */
function isMonthSpan(folded: string, previous: PeriodSpan, start: number): boolean {
  return folded.slice(previous.end, start).trim() === '' && SPAN_START.test(folded.slice(Math.max(0, previous.start - 4), previous.start));
}

/** The period a match of PERIOD_PHRASE names, by the group that matched; null for a number of months out of range. */
function periodKeyOf(g: Readonly<Record<string, string | undefined>>): PeriodKey | null {
  if (g.half !== undefined) return canonical('L', 6);
  if (g.qs !== undefined) return canonical('Q', Number(g.qs));
  if (g.ts !== undefined) return canonical('T', Number(g.ts));
  if (g.ls !== undefined) return canonical('L', Number(g.ls));
  if (g.q !== undefined) return canonical('Q', quarterNumber(g.q));
  if (g.t !== undefined) return canonical(g.upto === undefined ? 'T' : 'L', Number(g.t));
  return canonical('L', WORD_NUMBERS[g.l ?? ''] ?? Number(g.l));
}

/** A period named in prose, where it is written, and the year written with it. */
export interface PeriodSpan {
  readonly start: number;
  readonly end: number;
  readonly key: PeriodKey;
  /** The year written with it ("Quý I/2024"), or `null` ("9 tháng", "9 tháng năm nay"). */
  readonly year: number | null;
}

/**
 * Every period within a year that prose names ("Quý I/2024", "Sáu tháng đầu năm 2024", "tháng 3", "Tính chung
 * 9 tháng"), left to right, with offsets into the (NFC) text given. Diacritics and case do not matter. "12 tháng
 * năm 2023" is the whole year (key `''`).
 *
 * @example
 * findPeriodPhrases('Tính chung 9 tháng năm 2023, xuất khẩu đạt'); // [{ start: 11, end: 27, key: 'L9', year: 2023 }]
 * findPeriodPhrases('trẻ dưới 6 tháng tuổi'); // []
 */
export function findPeriodPhrases(text: string): PeriodSpan[] {
  const folded = foldDiacriticsAligned(text);
  const found: PeriodSpan[] = [];
  for (const m of folded.matchAll(PERIOD_PHRASE)) {
    const g = m.groups ?? {};
    const start = m.index;
    const short = g.ls ?? g.ts ?? g.qs;
    if (short !== undefined && g.tail === undefined) continue;
    if (g.l !== undefined && g.first === undefined && g.tail === undefined) {
      const isWord = WORD_NUMBERS[g.l] !== undefined;
      if (isWord || !MONTHS_LEAD.test(folded.slice(Math.max(0, start - 12), start))) continue;
    }
    // "từ tháng 10 năm 1947 đến tháng 4 năm 1948" is a span of months, no part of one year: neither end is kept.
    const previous = found.at(-1);
    if (g.upto?.startsWith('den') === true && previous !== undefined && isMonthSpan(folded, previous, start)) {
      found.pop();
      continue;
    }
    const year = g.y1 ?? g.y2 ?? g.y3 ?? g.y4;
    const key = periodKeyOf(g);
    if (key !== null) found.push({ start, end: start + m[0].length, key, year: year === undefined ? null : Number(year) });
  }
  return found;
}

/**
 * A period key as a reader writes it.
 *
 * @example
 * periodLabel('L9', 'vi'); // '9 tháng'
 * periodLabel('L1', 'en'); // 'month 1'
 * periodLabel('Q2', 'en'); // 'Q2'
 */
export function periodLabel(key: PeriodKey, lang: Lang): string {
  if (key === WHOLE_YEAR) return lang === 'vi' ? 'cả năm' : 'whole year';
  const n = Number(key.slice(1));
  if (key.startsWith('Q')) return lang === 'vi' ? `quý ${n}` : `Q${n}`;
  if (key.startsWith('T')) return lang === 'vi' ? `tháng ${n}` : `month ${n}`;
  // The months from January to January are January; to March, the first quarter.
  if (n === 1) return lang === 'vi' ? 'tháng 1' : 'month 1';
  if (n === 3) return lang === 'vi' ? 'quý 1' : 'Q1';
  return lang === 'vi' ? `${n} tháng` : `${n} months`;
}

/**
 * A year (or years) with the part of it a figure speaks of, as a reader writes it: the year alone for the whole year.
 *
 * @example
 * yearPartText('2023', 'L9', 'vi'); // '9 tháng năm 2023'
 * yearPartText('2023', 'Q3', 'en'); // 'Q3 2023'
 * yearPartText('2023', '', 'vi'); // '2023'
 */
export function yearPartText(years: string, part: PeriodKey, lang: Lang): string {
  if (part === WHOLE_YEAR || years === '') return years;
  return lang === 'vi' ? `${periodLabel(part, lang)} năm ${years}` : `${periodLabel(part, lang)} ${years}`;
}

// Grammar: one-month := "T" digits; months-to-date := "L" digits (a PeriodKey)
// Example: "T7" is July alone; "L7" January to July; "L1" is January (one month written as the months to date).
const ONE_MONTH = /^T\d+$/u;
const MONTHS_TO_DATE = /^L\d+$/u;

/**
 * Whether a period is one month after January ("T7").
 *
 * @example
 * isOneMonth('T7'); // true
 * isOneMonth('L7'); // false
 */
export function isOneMonth(key: PeriodKey): boolean {
  return ONE_MONTH.test(key);
}

/**
 * Whether a period runs from January to a month ("L7", "9 tháng").
 *
 * @example
 * isMonthsToDate('L9'); // true
 * isMonthsToDate('Q3'); // false
 */
export function isMonthsToDate(key: PeriodKey): boolean {
  return MONTHS_TO_DATE.test(key);
}
