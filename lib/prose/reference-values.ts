import { headerKey } from '../tables/header-key';
import type { SeriesTable } from '../tables/types';
import type { KnownValue } from '../extract/finding/known-values';
import { scaledUnit } from '../extract/checks/unit-scale';
import { parsePeriodCell } from '../verify/reference-period';
import { isProvisional, parseStatusCell } from '../verify/reference-status';
import type { ReferenceStatus } from '../verify/reference-types';

/** A cell of a reference series that cannot be read, named by file, line and column. */
export interface ReferenceCellProblem {
  readonly file: string;
  readonly line: number;
  readonly column: string;
  readonly raw: string;
  readonly what: 'period' | 'status';
}

// Grammar (header keys): period := "ky" | "period" | "ky bao cao"; status := "trang thai" | "status" | "tinh trang so lieu";
//   province := "tinh" | "dia phuong" | "province" | "tinh thanh"; page := "trang" | "page"
// Example: "Kỳ" → period, "Trạng thái" → status, "Địa phương" → province, "Trang" → page.
const PERIOD_HEADER = /^(?:ky|period|ky bao cao)$/u;
const STATUS_HEADER = /^(?:trang thai|status|tinh trang so lieu)$/u;
const PROVINCE_HEADER = /^(?:tinh|dia phuong|province|tinh thanh)$/u;
const PAGE_HEADER = /^(?:trang|page)$/u;

function extraCell(extras: Readonly<Record<string, string>>, pattern: RegExp): { header: string; text: string } | null {
  for (const [header, text] of Object.entries(extras)) if (pattern.test(headerKey(header))) return { header, text: text.trim() };
  return null;
}

/** A reference value with the province it belongs to (`null`: the file names none). */
export interface ProvinceValue extends KnownValue {
  readonly province: string | null;
}

/**
 * The values of long series as reference values: each with its period (`kỳ`), status (`trạng thái`), page
 * (`trang`) and province (`tỉnh`). A cell that cannot be read refuses the set with its place.
 *
 * @example
 * referenceValuesFromSeries([series]); // { ok: true, values: [{ names: ['Thu ngân sách trên địa bàn'], year: 2022, period: 'L9', status: 'preliminary', … }] }
 */
export function referenceValuesFromSeries(
  series: readonly SeriesTable[],
): { readonly ok: true; readonly values: KnownValue[] } | { readonly ok: false; readonly problem: ReferenceCellProblem } {
  const values: ProvinceValue[] = [];
  for (const table of series) {
    for (const point of table.points) {
      if (!point.value.parsed.ok) continue;
      const periodCell = extraCell(point.extras, PERIOD_HEADER);
      const period = parsePeriodCell(periodCell?.text ?? '');
      if (!period.ok) return { ok: false, problem: { file: table.file, line: point.line, column: periodCell?.header ?? '', raw: periodCell?.text ?? '', what: 'period' } };
      const statusCell = extraCell(point.extras, STATUS_HEADER);
      const status = parseStatusCell(statusCell?.text ?? '');
      if (status === null) return { ok: false, problem: { file: table.file, line: point.line, column: statusCell?.header ?? '', raw: statusCell?.text ?? '', what: 'status' } };
      const page = Number(extraCell(point.extras, PAGE_HEADER)?.text ?? '');
      const province = extraCell(point.extras, PROVINCE_HEADER)?.text ?? '';
      values.push({
        indicatorId: point.indicatorId,
        names: [point.indicator],
        unit: point.unit,
        year: point.year,
        value: point.value.parsed.value,
        decimals: point.value.parsed.decimals,
        source: point.source ?? '',
        period: period.key,
        status,
        page: Number.isInteger(page) && page > 0 ? page : null,
        province: province === '' ? null : province,
      });
    }
  }
  return { ok: true, values: mergeProvinces(values) };
}

/** Units whose values add up across provinces: amounts and counts, not rates, shares, indices or per-head figures. */
function additive(unit: string): boolean {
  const base = scaledUnit(unit).base;
  return base !== '' && !/[%‰/]|lan|chi so/u.test(base);
}

function worse(a: ReferenceStatus, b: ReferenceStatus): ReferenceStatus {
  if (a === 'preliminary' || b === 'preliminary') return 'preliminary';
  return isProvisional(a) ? a : b;
}

/**
 * Provinces merged in 2025 (issue 15): a reference file that lists several provinces stands for the merged
 * province, whose value is the sum of the old provinces' values for the same indicator, year, period and unit.
 * Only additive units are summed, and only where every province has a value; the sum keeps the fewest decimals (the widest interval)
 * and the least final status. A file with one province (or none) is returned as it is.
 *
 * @example
 * mergeProvinces([{ …, province: 'Hà Giang', value: 10 }, { …, province: 'Tuyên Quang', value: 20 }])[0]?.value; // 30
 */
export function mergeProvinces(values: readonly ProvinceValue[]): KnownValue[] {
  const provinces = [...new Set(values.map((v) => v.province).filter((p): p is string => p !== null))];
  const strip = ({ province: _province, ...rest }: ProvinceValue): KnownValue => rest;
  if (provinces.length < 2) return values.map(strip);
  const groups = new Map<string, ProvinceValue[]>();
  for (const v of values) {
    if (v.province === null || !additive(v.unit)) continue;
    const key = `${v.indicatorId ?? v.names[0] ?? ''}|${v.unit}|${v.year}|${v.period ?? ''}`;
    const list = groups.get(key);
    if (list) list.push(v);
    else groups.set(key, [v]);
  }
  const merged: KnownValue[] = [];
  for (const group of groups.values()) {
    const first = group[0];
    if (first === undefined || new Set(group.map((v) => v.province)).size !== provinces.length || group.length !== provinces.length) continue;
    merged.push({
      ...strip(first),
      value: group.reduce((sum, v) => sum + v.value, 0),
      decimals: Math.min(...group.map((v) => v.decimals)),
      status: group.map((v) => v.status ?? 'final').reduce(worse),
      source: [...new Set(group.map((v) => v.source).filter((s) => s !== ''))].join('; '),
      page: null,
      parts: group.map((v) => v.province ?? ''),
    });
  }
  return merged;
}
