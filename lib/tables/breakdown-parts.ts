import { headerKey } from './header-key';

/*
 * A "Phân theo …" heading breaks the indicator above it down; when the heading names its parts ("Phân theo thành thị,
 * nông thôn") or its criterion has parts every table names alike ("giới tính": nam, nữ), a row that is none of them is
 * past the breakdown. Đà Nẵng's yearbook 2020 prints "Tỷ lệ người sử dụng Internet" right after the urban and rural
 * shares of mobile phone users: an indicator of its own, not a third part of the phone users' breakdown.
 */

// Grammar (folded): named-breakdown := ( "phan theo" | "chia theo" ) space part ( space* ( "," | "va" | "-" ) space* part )+
//   [ space* "-" space* "by" any* ], part := letters and spaces — a heading that lists its parts, a bilingual gloss aside
// Example: "Phân theo thành thị, nông thôn" → "thanh thi", "nong thon"; "Phân theo thành thị và nông thôn - By residence"
//          → the same; "Phân theo loại hình kinh tế" names no parts.
const NAMED_BREAKDOWN = /^(?:phan|chia) theo ([a-z ]+?(?: ?(?:,|\bva\b) ?[a-z ]+?)+)(?: ?- ?by\b.*)?$/u;

// Grammar (folded): separator := space* ( "," | "va" as a word ) space*
// Example: "thanh thi, nong thon" → "thanh thi" | "nong thon".
const SEPARATOR = / ?(?:,|\bva\b) ?/u;

/** The parts of criteria that headings name without listing them, folded. */
const CRITERIA: Readonly<Record<string, readonly string[]>> = {
  'gioi tinh': ['nam', 'nu'],
};

// Grammar (folded): by-criterion := ( "phan theo" | "chia theo" ) space criterion [ space* "-" space* "by" any* ]
// Example: "Phân theo giới tính - By sex" → "gioi tinh".
const BY_CRITERION = /^(?:phan|chia) theo ([a-z ]+?)(?: ?- ?by\b.*)?$/u;

/**
 * The parts a breakdown heading names, folded, or `null` when it names none that can be told.
 *
 * @example
 * breakdownPartsOf('Phân theo thành thị, nông thôn') // ['thanh thi', 'nong thon']
 * breakdownPartsOf('Phân theo giới tính') // ['nam', 'nu']
 * breakdownPartsOf('Phân theo loại hình kinh tế') // null
 */
export function breakdownPartsOf(heading: string): readonly string[] | null {
  const key = headerKey(heading);
  const listed = NAMED_BREAKDOWN.exec(key)?.[1];
  if (listed !== undefined) return listed.split(SEPARATOR).map((p) => p.trim()).filter((p) => p !== '');
  const criterion = BY_CRITERION.exec(key)?.[1];
  return criterion === undefined ? null : (CRITERIA[criterion.trim()] ?? null);
}

// Grammar (folded): not-word := ( any but a-z and 0-9 )+ — what is between the words of a name
// Example: "thanh thi - urban" → "thanh thi urban".
const NOT_WORD = /[^a-z0-9]+/gu;

/**
 * Whether a row's name is one of a breakdown's parts: it holds one of them as whole words ("Thành thị - Urban", "Khu
 * vực nông thôn").
 *
 * @example
 * isBreakdownPart('Thành thị - Urban', ['thanh thi', 'nong thon']) // true
 * isBreakdownPart('Tỷ lệ người sử dụng Internet', ['thanh thi', 'nong thon']) // false
 */
export function isBreakdownPart(name: string, parts: readonly string[]): boolean {
  const words = ` ${headerKey(name).replace(NOT_WORD, ' ')} `;
  return parts.some((part) => words.includes(` ${part} `));
}
