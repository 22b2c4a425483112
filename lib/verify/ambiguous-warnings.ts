import { inBoth, type Lang } from '../i18n/lang';
import { formatNumber } from '../numbers/format-number';
import type { Measured, RepairedValue } from '../numbers/types';
import type { TableRow } from '../tables/types';
import type { RowWarning } from './result';
import type { ClaimInput, Verdict } from './types';
import { verifyClaim } from './verify-claim';

/*
 * Warnings on table cells that read two ways ("147.210": thousands or a decimal), for the rows verify-table.ts checks.
 */

interface WarningStrings {
  readonly readAsDecimal: (year: number, raw: string, decimal: string, thousands: string) => string;
  readonly changesVerdict: (year: number, raw: string, decimal: string, thousands: string, other: Verdict) => string;
}

export const WARNING_STRINGS: Readonly<Record<Lang, WarningStrings>> = {
  vi: {
    readAsDecimal: (year, raw, decimal, thousands) =>
      `Năm ${year}: "${raw}" có thể đọc hai cách; đọc là ${decimal} (số thập phân) vì nếu đọc là ${thousands} thì lệch khoảng 1000 lần so với các năm khác`,
    changesVerdict: (year, raw, decimal, thousands, other) =>
      `Năm ${year}: "${raw}" có thể đọc hai cách; đang đọc là ${thousands}, nếu là ${decimal} thì kết quả đổi thành "${other}"`,
  },
  en: {
    readAsDecimal: (year, raw, decimal, thousands) =>
      `${year}: "${raw}" can be read two ways; read as ${decimal} (a decimal) because ${thousands} would be about 1000 times off the other years`,
    changesVerdict: (year, raw, decimal, thousands, other) =>
      `${year}: "${raw}" can be read two ways; read as ${thousands}, and as ${decimal} the verdict would be "${other}"`,
  },
};

/**
 * Data-quality warnings for ambiguous cells. A cell re-read as a decimal by series continuity
 * always gets one; a cell kept as thousands gets one only when it is one the claim reads and reading
 * the claim's kept cells the other way changes the verdict (a ratio of two such cells does not
 * change), so plain thousands such as `3.407` do not drown the real findings. A year the claim does
 * not read (2022 in a row that checks 2023 against its plan) cannot change its verdict.
 */
function qualityWarnings(
  row: TableRow,
  values: Map<number, RepairedValue>,
  claimYears: ReadonlySet<number>,
  verdictUnder: (decimalYears: ReadonlySet<number>) => Verdict,
  verdict: Verdict,
): RowWarning[] {
  const warnings: RowWarning[] = [];
  const kept = new Set<number>();
  for (const [year, v] of values) if (v.ambiguous && v.repair !== 'decimal-reading' && claimYears.has(year)) kept.add(year);
  const other = kept.size > 0 ? verdictUnder(kept) : verdict;
  for (const [year, v] of values) {
    if (!v.ambiguous || (v.repair !== 'decimal-reading' && !claimYears.has(year))) continue;
    const raw = row.values[year]?.raw ?? '';
    const decimal = formatNumber(v.ambiguous.decimal.value, v.ambiguous.decimal.decimals);
    const thousands = formatNumber(v.ambiguous.thousands.value, 0);
    if (v.repair === 'decimal-reading') {
      const message = inBoth((lang) => WARNING_STRINGS[lang].readAsDecimal(year, raw, decimal, thousands));
      warnings.push({ code: 'read-as-decimal', year, raw, otherVerdict: null, message });
    } else if (other !== verdict) {
      const message = inBoth((lang) => WARNING_STRINGS[lang].changesVerdict(year, raw, decimal, thousands, other));
      warnings.push({ code: 'reading-changes-verdict', year, raw, otherVerdict: other, message });
    }
  }
  return warnings;
}

/** Quality warnings of a row with an ambiguous cell (rare: kept out of verifyRow so it allocates no closure). */
export function ambiguousWarnings(
  row: TableRow,
  repaired: Map<number, RepairedValue>,
  input: ClaimInput,
  isPlan: boolean,
  fromYear: number | undefined,
  toYear: number | undefined,
  verdict: Verdict,
): RowWarning[] {
  const verdictUnder = (decimalYears: ReadonlySet<number>): Verdict => {
    const pick = (year: number | undefined, current: Measured | null): Measured | null => {
      const amb = year !== undefined && decimalYears.has(year) ? repaired.get(year)?.ambiguous : undefined;
      return amb ? amb.decimal : current;
    };
    // A plan cell printed the same ambiguous way ("5.000" beside "3.600") is read the same way as the value.
    const planAmbiguous = row.plan?.parsed.ok === true ? row.plan.parsed.ambiguous : undefined;
    const planAlt = planAmbiguous && toYear !== undefined && decimalYears.has(toYear) ? planAmbiguous.decimal : input.from;
    const fromAlt = isPlan ? planAlt : pick(fromYear, input.from);
    return verifyClaim({ ...input, from: fromAlt, to: pick(toYear, input.to) }).verdict;
  };
  const claimYears = new Set<number>();
  if (toYear !== undefined) claimYears.add(toYear);
  if (fromYear !== undefined && !isPlan) claimYears.add(fromYear);
  return qualityWarnings(row, repaired, claimYears, verdictUnder, verdict);
}
