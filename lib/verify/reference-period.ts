import { foldDiacritics } from '../claims/normalize-text';
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

// Grammar (folded prose): period := quarter | months | month
//   quarter := "quy" space ( "i" | "ii" | "iii" | "iv" | digit ) ( space? "/" space? YEAR | space "nam" space YEAR )?
//   months  := ( digit digit? | "sau" | "chin" | "ba" ) space "thang" ( space "dau nam" ( space YEAR )? )? ( space "nam" space YEAR )?
//   month   := "thang" space digit digit? ( space? "/" space? YEAR | space "nam" space YEAR )?
// Example: "quy i/2024" → Q1 of 2024; "sau thang dau nam 2024" → L6 of 2024; "thang 3 nam 2024" → T3.
const PERIOD_PHRASE =
  /(?<![\p{L}\p{N}])(?:quy (?<q>iv|i{1,3}|[1-4])|(?<l>\d{1,2}|sau|chin|ba) thang(?: dau nam(?: (?<y3>\d{4}))?)?|thang (?<t>\d{1,2}))(?:\s?\/\s?(?<y1>\d{4})| nam (?<y2>\d{4}))?(?![\p{L}\p{N}])/gu;

const WORD_NUMBERS: Readonly<Record<string, number>> = { ba: 3, sau: 6, chin: 9 };

/** A period named in prose and the year written with it, if any. */
export interface PeriodPhrase {
  readonly key: PeriodKey;
  readonly year: number | null;
}

/**
 * The last period named in a stretch of prose ("Quý I/2024", "Sáu tháng đầu năm 2024", "9 tháng", "tháng 3"),
 * or the whole year when none is named. Diacritics and case do not matter.
 *
 * @example
 * periodInText('Sáu tháng đầu năm 2024, tổng mức bán lẻ'); // { key: 'L6', year: 2024 }
 * periodInText('Quý I/2024, vốn đầu tư'); // { key: 'L3', year: 2024 }
 * periodInText('Năm 2022, thu ngân sách'); // { key: '', year: null }
 */
export function periodInText(text: string): PeriodPhrase {
  const folded = foldDiacritics(text.normalize('NFC')).replace(/\s+/gu, ' ');
  let found: PeriodPhrase = { key: WHOLE_YEAR, year: null };
  for (const m of folded.matchAll(PERIOD_PHRASE)) {
    const g = m.groups ?? {};
    const year = g.y1 ?? g.y2 ?? g.y3;
    const key =
      g.q !== undefined
        ? canonical('Q', quarterNumber(g.q))
        : g.t !== undefined
          ? canonical('T', Number(g.t))
          : canonical('L', WORD_NUMBERS[g.l ?? ''] ?? Number(g.l));
    if (key !== null) found = { key, year: year === undefined ? null : Number(year) };
  }
  return found;
}

/**
 * A period key as a reader writes it.
 *
 * @example
 * periodLabel('L9', 'vi'); // '9 tháng'
 * periodLabel('Q2', 'en'); // 'Q2'
 */
export function periodLabel(key: PeriodKey, lang: Lang): string {
  if (key === WHOLE_YEAR) return lang === 'vi' ? 'cả năm' : 'whole year';
  const n = Number(key.slice(1));
  if (key.startsWith('Q')) return lang === 'vi' ? `quý ${n}` : `Q${n}`;
  if (key.startsWith('T')) return lang === 'vi' ? `tháng ${n}` : `month ${n}`;
  if (n === 3) return lang === 'vi' ? 'quý 1' : 'Q1';
  return lang === 'vi' ? `${n} tháng` : `${n} months`;
}
