import { collapseWhitespace } from './collapse-whitespace';
import { headerKey } from './header-key';
import { namesComparison } from './comparison-header';
import { schoolYearOf, yearPairOf } from './year-headers';
import { findPeriodPhrases } from '../verify/reference-period';
import type { PeriodKey } from '../verify/reference-types';
import type { Column, ColumnRole } from './types';

/*
 * Header recognition (spec "Columns"). Every pattern runs on `headerKey(cell)`: lower case,
 * no diacritics, whitespace collapsed. The claim test runs first: "Năm 2022 so sánh với năm
 * 2009" names years but is the comparison column.
 */

// Grammar: an average-rate header: ["toc do "] "tang" [" truong"] " binh quan" | "binh quan" [" hang" | " moi"] " nam"
// | "average annual", anywhere in the header.
// Example: "toc do tang binh quan 2016-2020 (%)", "tang truong binh quan nam (%)", "binh quan nam giai doan 2016 -
// 2020 (%)" match; "binh quan dau nguoi" does not.
export const AVERAGE_HEADER = /(?:toc do )?tang(?: truong)? binh quan|binh quan (?:hang |moi )?nam|average annual/;

// Grammar: "stt" | "tt" | "so tt" | "so thu tu" | "no" ["."] | "#".
// Example: "so tt" (from "Số TT") and "no." match; "note" does not.
const STT_HEADER = /^(?:stt|tt|so tt|so thu tu|no\.?|#)$/;

// Grammar: ["ten "] "chi tieu" [" " text] | "nam" [" "] ["/" | "\"] [" "] "chi tieu" | "indicator" ["s"] [" name"] — the
//   second, a diagonal corner naming the years across and the indicators down ("Chỉ tiêu \ Năm" is of the first form).
// Example: "ten chi tieu", "chi tieu chu yeu", "indicators", "nam chi tieu" (from "NĂM" over "CHỈ TIÊU" in one cell),
//          "nam / chi tieu" match; "ma chi tieu", "indicator id", "nam" do not.
const INDICATOR_HEADER = /^(?:(?:ten )?chi tieu(?: .*)?|nam ?[/\\]? ?chi tieu|indicators?(?: name)?)$/;

// Grammar: "don vi" [" tinh"] | "dvt" | "dv tinh" | "unit" ["s"] | "unit of measure" ["ment"].
// Example: "don vi tinh" (from "Đơn vị tính"), "dvt" (from "ĐVT") match; "don vi hanh chinh" does not.
export const UNIT_HEADER = /^(?:don vi(?: tinh)?|dvt|dv tinh|units?|unit of measure(?:ment)?)$/;

// Grammar: PLAN_WORD [GIVER] [" nam" | " year"] [" " YEAR] ; PLAN_WORD = "ke hoach" | "kh" | "du toan" | "plan" | "budget"
// | "chi tieu ke hoach" | "nhiem vu" [" chi" | " thu"] ; GIVER = ( " hdnd" | " ubnd" | " tinh" | " trung uong" | " tw" )+
// " giao", who set it ; YEAR = 4 digits 1900–2199.
// Example: "ke hoach 2015", "kh nam 2015", "du toan 2023", "plan", "nhiem vu chi nam 2023", "du toan hdnd tinh giao nam 2023"
// match; "ke hoach 5 nam" does not.
const PLAN_HEADER =
  /^(?:ke hoach|kh|du toan|plan|budget|chi tieu ke hoach|nhiem vu(?: chi| thu)?)(?:(?: hdnd| ubnd| tinh| trung uong| tw)+ giao)?(?: nam| year)?(?: ((?:19|20|21)\d{2}))?$/;

// Grammar: [PREFIX " "] [PERIOD " "] ["nam " | "year "] YEAR [SUFFIX] ;
// PREFIX = thuc hien [cung ky] | th | uoc thuc hien | uoc th | uth | uoc tinh | uoc | so bo [PREL] | prel ["."] | cung ky
//          | actual | estimated? ("uth": a report form's "ƯTH", ước thực hiện) ;
// PERIOD = N " thang" [" dau"] | "quy " (i | ii | iii | iv) ; YEAR = 4 digits 1900–2199 ;
// SUFFIX = [" "] "(" text ")" | [" "] "*"… | " " (uoc tinh | uoc | so bo | sb) [PREL] ;
// PREL = [" "] ["-" [" "]] "prel" ["."] — the English word a bilingual yearbook prints after "Sơ bộ".
// Example: "nam 2009", "2009", "uoc nam 2023", "uoc th 2023", "thuc hien 6 thang nam 2023", "2022 (uoc tinh)",
// "cung ky nam 2022", "thuc hien cung ky nam 2022", "uth 2023", "so bo - prel. 2023", "so bo prel.2017" (no space after the
// period, Nghệ An's yearbook), "2023 so bo - prel." match (group 1 the prefix, group 2 the year, group 3 the suffix); "nam
// hoc 2022" does not.
const YEAR_HEADER =
  /^(?:(thuc hien cung ky|thuc hien|th|uoc thuc hien|uoc th|uth|uoc tinh|uoc|so bo(?: ?-? ?prel\.?)?|prel\.?|cung ky|actual|estimated?)(?: |(?<=\.)))?(?:(?:\d{1,2} thang(?: dau)?|quy (?:i|ii|iii|iv)) )?(?:nam |year )?((?:19|20|21)\d{2})(?: ?\(([^)]*)\)| ?\*+| (uoc tinh|uoc|so bo(?: ?-? ?prel\.?)?|sb))?$/;

// Grammar: [VALUE-WORDS " "] PART-OF-YEAR [SUFFIX] — the values of a part of a year written with its year (the part is
// read by lib/verify/reference-period.ts); VALUE-WORDS = thuc hien | th | uoc thuc hien | uoc th | uth | uoc tinh | uoc | so bo
// | luy ke [" thuc hien"] | cong don | tinh chung | [thuc hien] cung ky ; SUFFIX as YEAR_HEADER's.
// Example: "thuc hien thang 9 nam 2023", "uoc tinh thang 10 nam 2023", "luy ke thuc hien 10 thang nam 2023", "quy iii/2023".
const PART_VALUE_WORDS = /^(?:(thuc hien cung ky|thuc hien|th|uoc thuc hien|uoc th|uth|uoc tinh|uoc|so bo|luy ke(?: thuc hien)?|cong don|tinh chung|cung ky) )?/;
const PART_VALUE_SUFFIX = /^(?: ?\(([^)]*)\)| ?\*+| (uoc tinh|uoc|so bo|sb))?$/;

// Grammar: an estimate word: "uoc" (ước, ước tính, ước thực hiện, ước TH), "uth" (ƯTH) as a word, or "estimate".
// Example: "uoc th", "uoc tinh" and "uth" match; "so bo" does not (a preliminary figure is the year's value).
const ESTIMATE_WORD = /^(?:uoc|uth\b|estimate)/;

// Grammar: a year-less column of values: "cung ky" [" nam truoc"] | "thuc hien" | "th" | "uoc thuc hien" | "uoc th"
// | "uth" | "uoc tinh" | "uoc" [" nam"], each with an optional PERIOD (N " thang" | "quy " ROMAN) after it.
// Example: "cung ky nam truoc", "thuc hien 6 thang", "uoc th" match; "thuc hien du an" does not.
const YEARLESS_VALUE =
  /^(cung ky|thuc hien|th|uoc thuc hien|uoc th|uth|uoc tinh|uoc)(?: nam(?: truoc)?)?(?: (?:\d{1,2} thang(?: dau nam)?|quy (?:i|ii|iii|iv)))?$/;

// Grammar: an index header: "chi so phat trien" | "toc do phat trien" | "… = 100" | "index".
// Example: "chi so phat trien (nam truoc = 100) - %", "toc do phat trien (%)" match; "chi so gia" does not.
const INDEX_HEADER = /chi so phat trien|toc do phat trien|= ?100\b|\bindex\b/;

// Grammar: a per-cent mark in a header: "(%)", " %" at the end, "- %", or "%" and a space at the start.
// Example: "nam 2013 so voi nam 2012 (%)", "so sanh %", "% so ck" match; "so sanh" does not.
const PERCENT_HEADER = /\(%\)|(?:^| |-)%$|^% /;

// Grammar: ("ghi chu" | "nguon" | "note" ["s"] | "source" ["s"]) [" " text].
// Example: "ghi chu", "nguon so lieu", "source" match; "nguoi lap" does not.
const NOTE_HEADER = /^(?:ghi chu|nguon|notes?|sources?)(?: .*)?$/;

// Grammar: ["nam " | "year "] YEAR — a bare year cell of a two-level header.
// Example: "2009", "nam 2022" match; "nam 2022 so voi 2015" does not.
export const BARE_YEAR = /^(?:nam |year )?(?:19|20|21)\d{2}$/;


export interface RecognizedHeader {
  readonly role: ColumnRole;
  readonly year?: number;
  /** For a year or estimate column whose header names a part of the year ("Ước tính tháng 10 năm 2023" → T10). */
  readonly part?: PeriodKey;
}

/** A year-less value column (`Cùng kỳ`, `Thực hiện 6 tháng`, `Ước TH`): a year comes from a header above or the table. */
interface YearlessHeader {
  readonly role: 'year' | 'estimate';
  readonly sameTimeLastYear: boolean;
}

/** Roles a table has at most one column of; a second such column is kept as `other`. */
const SINGLE_ROLES: ReadonlySet<ColumnRole> = new Set(['stt', 'indicator', 'unit', 'plan', 'claim', 'index', 'note']);

/**
 * The role of a report-table column from its header.
 *
 * @example
 * recognizeHeader('Năm 2022 so sánh với năm 2009'); // { role: 'claim' }
 * recognizeHeader('Năm 2009');                      // { role: 'year', year: 2009 }
 * recognizeHeader('Kế hoạch 2015');                 // { role: 'plan', year: 2015 }
 */
export function recognizeHeader(header: string): RecognizedHeader {
  return recognizeKey(headerKey(header));
}

// Grammar: year-over := ( "nam " | "year " )? YEAR " - " rest — a two-level header flattened with its year above what the
//   column holds; read as "rest nam YEAR"
// Example: "nam 2018 - thuc hien" → "thuc hien nam 2018"; "nam 2020 - ke hoach" → "ke hoach nam 2020"; "nam 2020 - uoc th
//          thang 01" → "uoc th thang 01 nam 2020" (Kiên Giang's tourism tables, 2018 and January 2020).
const YEAR_OVER = /^(?:nam |year )?((?:19|20|21)\d{2}) - (.+)$/;

/** The roles a flattened "year - what" header may take: a year's values, their estimate, or its plan. */
const YEAR_OVER_ROLES: ReadonlySet<ColumnRole> = new Set(['year', 'estimate', 'plan']);

function recognizeKey(key: string): RecognizedHeader {
  if (key === '') return { role: 'other' };
  const over = YEAR_OVER.exec(key);
  if (over !== null) {
    const read = recognizeKey(`${over[2] ?? ''} nam ${over[1] ?? ''}`);
    if (YEAR_OVER_ROLES.has(read.role) && 'year' in read && read.year === Number(over[1])) return read;
  }
  if (AVERAGE_HEADER.test(key)) return { role: 'claim' };
  if (namesComparison(key)) return { role: PERCENT_HEADER.test(key) || INDEX_HEADER.test(key) ? 'index' : 'claim' };
  if (yearPairOf(key) !== null) return { role: 'index' };
  if (STT_HEADER.test(key)) return { role: 'stt' };
  if (INDICATOR_HEADER.test(key)) return { role: 'indicator' };
  if (UNIT_HEADER.test(key)) return { role: 'unit' };
  const plan = PLAN_HEADER.exec(key);
  if (plan) return plan[1] === undefined ? { role: 'plan' } : { role: 'plan', year: Number(plan[1]) };
  const parted = partValueHeader(key);
  if (parted !== null) return parted;
  const school = schoolYearOf(key);
  if (school !== null) return { role: 'year', year: school.year };
  const year = YEAR_HEADER.exec(key);
  if (year) {
    const estimate = ESTIMATE_WORD.test(year[1] ?? '') || ESTIMATE_WORD.test(year[4] ?? '') || ESTIMATE_WORD.test(year[3] ?? '');
    return { role: estimate ? 'estimate' : 'year', year: Number(year[2]) };
  }
  if (NOTE_HEADER.test(key)) return { role: 'note' };
  if (INDEX_HEADER.test(key)) return { role: 'index' };
  return { role: 'other' };
}

/** A column of the values of a part of a year with its year (PART_VALUE_WORDS), or null. */
function partValueHeader(key: string): RecognizedHeader | null {
  const words = PART_VALUE_WORDS.exec(key)?.[0] ?? '';
  const rest = key.slice(words.length);
  const phrase = findPeriodPhrases(rest)[0];
  if (phrase === undefined || phrase.start !== 0 || phrase.year === null) return null;
  const suffix = PART_VALUE_SUFFIX.exec(rest.slice(phrase.end));
  if (suffix === null) return null;
  const estimate = ESTIMATE_WORD.test(words) || ESTIMATE_WORD.test(suffix[1] ?? '') || ESTIMATE_WORD.test(suffix[2] ?? '');
  const role = estimate ? 'estimate' : 'year';
  return phrase.key === '' ? { role, year: phrase.year } : { role, year: phrase.year, part: phrase.key };
}

function yearlessKey(key: string): YearlessHeader | null {
  const m = YEARLESS_VALUE.exec(key);
  if (!m) return null;
  const word = m[1] ?? '';
  return { role: ESTIMATE_WORD.test(word) ? 'estimate' : 'year', sameTimeLastYear: word === 'cung ky' };
}

/** A header cell that names neither a role nor a year, in words: the label of a column group ("%" under one column is its unit). */
function isGroupLabel(key: string): boolean {
  return /[a-z]/.test(key) && recognizeKey(key).role === 'other' && yearlessKey(key) === null && !BARE_YEAR.test(key);
}

/** A column read from the stack of its header cells (top to bottom, a spanning group label included). */
export interface StackedHeader extends RecognizedHeader {
  /** The cells joined top to bottom. */
  readonly header: string;
  /** The label of a group spanning this column (`Diện tích (nghìn ha)`), when it names no role or year. */
  readonly group?: string;
  /** A `Cùng kỳ` column without a year: the same period a year before the table's latest year. */
  readonly sameTimeLastYear?: boolean;
}

/**
 * The role of a column from a multi-row header: the joined cells first (`Thực hiện` over
 * `Năm 2020` reads as "Thực hiện Năm 2020", a year), else the cells one by one: a plan or
 * estimate word above or below a year (`Năm 2023` over `KH`), a group label over a year
 * (`Diện tích (nghìn ha)` over `2022`: a year column of that group), a year-less `Cùng kỳ`.
 *
 * @example
 * recognizeStack(['Thực hiện', 'Năm 2020']);  // { role: 'year', year: 2020, header: 'Thực hiện Năm 2020' }
 * recognizeStack(['Năm 2023', 'KH']);          // { role: 'plan', year: 2023, header: 'Năm 2023 KH' }
 * recognizeStack(['Diện tích (nghìn ha)', '2022']); // { role: 'year', year: 2022, group: 'Diện tích (nghìn ha)', … }
 */
export function recognizeStack(cells: readonly string[]): StackedHeader {
  const parts = cells.map(collapseWhitespace).filter((c) => c !== '');
  const unique = parts.filter((c, i) => parts.indexOf(c) === i);
  const header = unique.join(' ');
  const whole = recognizeKey(headerKey(header));
  if (whole.role !== 'other' || unique.length < 2) {
    const yearless = whole.role === 'other' ? yearlessKey(headerKey(header)) : null;
    if (yearless) return { header, role: yearless.role, ...(yearless.sameTimeLastYear ? { sameTimeLastYear: true } : {}) };
    const label = unique.length < 2 ? undefined : unique.find((part) => isGroupLabel(headerKey(part)));
    return label === undefined ? { header, ...whole } : { header, ...whole, group: label };
  }
  let year: number | undefined;
  let yearPart: PeriodKey | undefined;
  let role: ColumnRole = 'other';
  let group: string | undefined;
  let sameTimeLastYear = false;
  for (const part of unique) {
    const key = headerKey(part);
    const alone = recognizeKey(key);
    const yearless = alone.role === 'other' ? yearlessKey(key) : null;
    if (alone.year !== undefined) {
      year = alone.year;
      yearPart = alone.part;
    } else if (BARE_YEAR.test(key)) year = Number(key.slice(-4));
    if (alone.role === 'claim' || alone.role === 'index') return { header, role: alone.role };
    if (alone.role === 'plan' || alone.role === 'estimate') role = alone.role;
    else if (yearless) {
      if (role !== 'plan') role = yearless.role === 'estimate' ? 'estimate' : role;
      sameTimeLastYear ||= yearless.sameTimeLastYear;
    } else if (alone.role === 'year' && role === 'other') role = 'year';
    else if (alone.role === 'other' && group === undefined) group = part;
  }
  if (role === 'other' && (year !== undefined || sameTimeLastYear)) role = 'year';
  if (role === 'other') return { header, role: 'other' };
  const withYear = year === undefined ? {} : yearPart === undefined ? { year } : { year, part: yearPart };
  const grouped = group === undefined ? {} : { group };
  return { header, role, ...withYear, ...grouped, ...(sameTimeLastYear && year === undefined ? { sameTimeLastYear } : {}) };
}

/**
 * True when a header cell names the indicator column.
 *
 * @example
 * isIndicatorHeader('Tên chỉ tiêu'); // true
 */
export function isIndicatorHeader(cell: string): boolean {
  return INDICATOR_HEADER.test(headerKey(cell));
}

/**
 * Columns of a report table from its header cells: header NFC and whitespace-collapsed, role,
 * and year. A second stt/indicator/unit/plan/claim/note column is kept as `other`.
 *
 * @example
 * buildColumns(['STT', 'Chỉ tiêu', 'Năm 2009']).map((c) => c.role); // ['stt', 'indicator', 'year']
 */
export function buildColumns(cells: readonly string[]): Column[] {
  const taken = new Set<ColumnRole>();
  return cells.map((cell, index) => {
    const header = collapseWhitespace(cell);
    const recognized = recognizeHeader(header);
    let role = recognized.role;
    if (SINGLE_ROLES.has(role)) {
      if (taken.has(role)) role = 'other';
      else taken.add(role);
    }
    if (recognized.year === undefined || (role !== 'year' && role !== 'estimate' && role !== 'plan')) return { index, header, role };
    const part = recognized.part !== undefined && role !== 'plan' ? { part: recognized.part } : {};
    return { index, header, role, year: recognized.year, ...part };
  });
}

/**
 * The first pair of year columns that carry the same year, or null.
 *
 * @example
 * findDuplicateYear(buildColumns(['Chỉ tiêu', 'Năm 2022', '2022']))?.year; // 2022
 */
export function findDuplicateYear(
  columns: readonly Column[],
): { readonly year: number; readonly first: Column; readonly second: Column } | null {
  const seen = new Map<number, Column>();
  for (const column of columns) {
    if (column.role !== 'year' || column.year === undefined) continue;
    const first = seen.get(column.year);
    if (first) return { year: column.year, first, second: column };
    seen.set(column.year, column);
  }
  return null;
}

/**
 * How a column is named in messages: its header, or its position when the header is empty.
 *
 * @example
 * columnLabel({ index: 3, header: '', role: 'other' }); // '(không tiêu đề, thứ 4)'
 */
export function columnLabel(column: Column): string {
  return column.header !== '' ? column.header : `(không tiêu đề, thứ ${column.index + 1})`;
}
