import { inBoth, type Lang } from '../../i18n/lang';
import { formatNumber } from '../../numbers/format-number';
import type { CheckedTable } from '../../verify/check-files';
import { compareLevel } from '../../verify/compare-level';
import { priceBaseIn } from '../../verify/price-base';
import { findReference } from '../../verify/reference-lookup';
import { isProvisional, statusLabel } from '../../verify/reference-status';
import type { MatchRules } from '../../verify/reference-types';
import type { RowResult } from '../../verify/result';
import { verifyClaim } from '../../verify/verify-claim';
import type { CheckSeverity } from '../checks/consistency-types';
import { inUnitOf } from '../finding/align-scale';
import type { KnownSource } from '../finding/known-values';
import { referencePlace, valueText } from './reference-basis';

/** Which values a table row was checked with (spec §6). */
export type RowBasis = 'document' | { readonly reference: string };

/** A table row result with its basis. */
export type RowWithBasis = RowResult & { readonly basis: RowBasis };

/** A finding on a table cell: `differs-from-reference`, with the file, row and year. */
export interface TableReferenceCheck {
  readonly kind: 'differs-from-reference';
  readonly severity: CheckSeverity;
  readonly message: string;
  readonly messageEn: string;
  readonly file: string;
  readonly row: number;
  readonly indicator: string;
  readonly year: number;
  /** Printed − reference, in the row's unit. */
  readonly computed: number;
}

function withReferenceBase(result: RowResult, table: CheckedTable, index: number, references: readonly KnownSource[], rules: MatchRules): RowWithBasis {
  const plain: RowWithBasis = { ...result, basis: 'document' };
  const { from, to, parsed } = result;
  if (result.verdict !== 'implied' || from === null || to === null || parsed === null) return plain;
  const missing = from.value === null ? from : to.value === null ? to : null;
  if (missing === null) return plain;
  const row = table.table.rows[index];
  if (row === undefined) return plain;
  const hit = findReference(references, { name: row.indicator, unit: row.unit, priceBase: priceBaseIn(`${row.indicator} ${row.unit}`), year: missing.year, period: '' }, rules);
  if (hit.kind !== 'found') return plain;
  const converted = inUnitOf({ value: hit.value.value, decimals: hit.value.decimals, unit: hit.value.unit, year: hit.value.year }, row.unit);
  const cell = (year: number) => row.values[year]?.parsed;
  const printed = (year: number) => {
    const p = cell(year);
    return p?.ok ? { value: p.value, decimals: p.decimals } : null;
  };
  const fromValue = missing === from ? { value: converted.value, decimals: converted.decimals } : printed(from.year);
  const toValue = missing === to ? { value: converted.value, decimals: converted.decimals } : printed(to.year);
  const v = verifyClaim({ from: fromValue, to: toValue, unit: row.unit, years: to.year - from.year, claim: parsed });
  const note = (lang: Lang) =>
    lang === 'vi'
      ? ` Giá trị năm ${missing.year} (${valueText(hit.value.value, hit.value.decimals, hit.value.unit)}) lấy từ ${referencePlace(hit.source, hit.value, 'vi')}.`
      : ` The ${missing.year} value (${valueText(hit.value.value, hit.value.decimals, hit.value.unit)}) is taken from ${referencePlace(hit.source, hit.value, 'en')}.`;
  return {
    ...result,
    from: { year: from.year, value: fromValue?.value ?? null },
    to: { year: to.year, value: toValue?.value ?? null },
    verdict: v.verdict,
    computed: v.computed,
    message: `${v.message.vi}${note('vi')}`,
    messageEn: `${v.message.en}${note('en')}`,
    expected: v.expected,
    implied: v.implied,
    basis: { reference: hit.source.id ?? hit.source.label },
  };
}

function cellChecks(table: CheckedTable, references: readonly KnownSource[], rules: MatchRules): TableReferenceCheck[] {
  const checks: TableReferenceCheck[] = [];
  for (const row of table.table.rows) {
    for (const year of table.table.years) {
      const parsed = row.values[year]?.parsed;
      if (parsed === undefined || !parsed.ok) continue;
      const hit = findReference(references, { name: row.indicator, unit: row.unit, priceBase: priceBaseIn(`${row.indicator} ${row.unit}`), year, period: '' }, rules);
      if (hit.kind !== 'found') continue;
      const others = hit.series.values.filter((v) => v.year !== year && (v.period ?? '') === '');
      const printed = { value: parsed.value, decimals: parsed.decimals, unit: row.unit };
      const compared = compareLevel(printed, hit.value, others);
      if (compared.agree) continue;
      const status = hit.value.status ?? 'final';
      const message = inBoth((lang) => {
        const st = status === 'final' ? '' : ` (${statusLabel(status, lang)})`;
        const gap = `${compared.gap > 0 ? '+' : '−'}${formatNumber(Math.abs(compared.gap), parsed.decimals)}`;
        const a = valueText(parsed.value, parsed.decimals, row.unit);
        const b = valueText(hit.value.value, hit.value.decimals, hit.value.unit);
        const place = referencePlace(hit.source, hit.value, lang);
        return lang === 'vi'
          ? `${row.indicator} ${year}: bảng in ${a}, số liệu gốc là ${b}${st} (${place}); chênh ${gap}.`
          : `${row.indicator} ${year}: the table prints ${a}, the reference has ${b}${st} (${place}); a gap of ${gap}.`;
      });
      checks.push({
        kind: 'differs-from-reference',
        severity: isProvisional(status) ? 'warning' : 'error',
        message: message.vi,
        messageEn: message.en,
        file: table.table.file,
        row: row.line,
        indicator: row.indicator,
        year,
        computed: compared.gap,
      });
    }
  }
  return checks;
}

/**
 * Checks report tables against reference series (the `verify --reference` command): every printed value is
 * compared with the reference value for its indicator and year (`differs-from-reference` in `checks`), and a
 * claim whose base the table leaves empty takes it from the reference for a real verdict; every result says its
 * `basis`.
 *
 * @example
 * checkTablesAgainstReferences(outcome.tables, [yearbook], NO_RULES).results[0]?.basis; // 'document'
 */
export function checkTablesAgainstReferences(
  tables: readonly CheckedTable[],
  references: readonly KnownSource[],
  rules: MatchRules,
): { readonly results: RowWithBasis[]; readonly checks: TableReferenceCheck[] } {
  const results = tables.flatMap((table) => table.results.map((r, i) => withReferenceBase(r, table, i, references, rules)));
  const checks = references.length === 0 ? [] : tables.flatMap((table) => cellChecks(table, references, rules));
  return { results, checks };
}
