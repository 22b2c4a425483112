import { foldDiacritics } from '../../claims/normalize-text';
import type { IndicatorView } from '../../dataset/types';
import { sameIndicator } from './same-indicator';
import type { PeriodKey, PriceBase, ReferenceStatus } from '../../verify/reference-types';

/**
 * Values known outside the text — the bundled tables in `data/`, or an uploaded dataset — as plain data,
 * so the pure linker can resolve a comparison whose base the text does not print.
 */
export interface KnownValue {
  /** The dataset's id for the series (`thu-ngan-sach-tren-dia-ban`), when it has one. */
  readonly indicatorId: string | null;
  /** Every name the dataset uses for the series. */
  readonly names: readonly string[];
  readonly unit: string;
  readonly year: number;
  readonly value: number;
  readonly decimals: number;
  /** Where the dataset says the value comes from ("Mục II.6, bảng 2"), or the file name. */
  readonly source: string;
  /** The period within the year (`''` or absent: the whole year; see `PeriodKey`). */
  readonly period?: PeriodKey;
  /** How final the value is; absent: final. */
  readonly status?: ReferenceStatus;
  /** The series' price base, when its name or unit says one. */
  readonly priceBase?: PriceBase | null;
  /** The page of the source the value is printed on, when known. */
  readonly page?: number | null;
  /** For a merged province: the old provinces whose values were summed. */
  readonly parts?: readonly string[];
}

/** Where a value used to check a claim was printed: the text itself, the bundled tables, an upload, or a reference series. */
export type ValueOrigin = 'text' | 'tables' | 'upload' | 'reference';

/** One set of known values, searched as a whole and in the order given. */
export interface KnownSource {
  readonly origin: Exclude<ValueOrigin, 'text'>;
  /** The dataset's name as shown to the user (Vietnamese). */
  readonly label: string;
  /** The same name on the English page. */
  readonly labelEn: string;
  readonly values: readonly KnownValue[];
  /**
   * The name a result gives for the set (`basis: { reference: id }`): a dataset id (`cao-bang`, a store id)
   * or, for the CLI, the file name. Absent for sets that are no reference.
   */
  readonly id?: string;
  /**
   * The province whose figures the set holds (`Cao Bằng` for the bundled tables), as document-place.ts names it;
   * absent when unknown. A set is not used for a text about another province or the whole country.
   */
  readonly place?: string;
}

/** What the linker asks for: one indicator, one year, and the unit the other value has (if known). */
export interface KnownQuery {
  readonly indicator: string;
  readonly year: number;
  /** The part of the year (`''`: the whole year; see `PeriodKey`): nine months are never a year's value. */
  readonly part: PeriodKey;
  readonly unit: string | null;
}

export interface KnownMatch {
  readonly value: KnownValue;
  readonly source: KnownSource;
}

// Grammar: whitespace-run := whitespace+
// Example: "Tỷ  đồng" → "tỷ đồng" once folded to one space and lower case.
const WHITESPACE_RUN = /\s+/gu;

/**
 * A unit compared without case or spacing differences ("Tỷ đồng" and "tỷ đồng" are one unit).
 *
 * @example
 * unitKey(' Triệu  USD'); // 'triệu usd'
 */
export function unitKey(unit: string): string {
  return unit.normalize('NFC').toLowerCase().replace(WHITESPACE_RUN, ' ').trim();
}

function nameKey(name: string): string {
  return foldDiacritics(name.normalize('NFC')).replace(WHITESPACE_RUN, ' ').trim();
}

function halfUnit(decimals: number): number {
  return 0.5 * 10 ** -decimals;
}

/** Whether two printed values can be the same number (their rounding intervals meet). */
function agree(a: KnownValue, b: KnownValue): boolean {
  return Math.abs(a.value - b.value) <= halfUnit(a.decimals) + halfUnit(b.decimals) + 1e-9;
}

/** The candidates of one source: exact names (folded) win over names that only look alike. */
function candidatesIn(source: KnownSource, query: KnownQuery): KnownValue[] {
  const wanted = query.unit === null ? null : unitKey(query.unit);
  const sameYear = source.values.filter(
    (v) => v.year === query.year && (v.period ?? '') === query.part && (wanted === null || unitKey(v.unit) === wanted),
  );
  const key = nameKey(query.indicator);
  const exact = sameYear.filter((v) => v.names.some((n) => nameKey(n) === key));
  if (exact.length > 0) return exact;
  return sameYear.filter((v) => v.names.some((n) => sameIndicator(n, query.indicator)));
}

/**
 * The known value of an indicator for a year, from the first source that has exactly one reading of it.
 * Names match when they are the same once folded, else when {@link sameIndicator} says so; a source whose
 * matching values disagree is skipped rather than guessed from. When `unit` is given, only values in that
 * unit are taken (case and spacing aside).
 *
 * @example
 * findKnownValue([tables], { indicator: 'thu ngân sách trên địa bàn', year: 2009, unit: 'tỷ đồng' });
 * // { value: { value: 393.6, decimals: 1, unit: 'Tỷ đồng', year: 2009, … }, source: tables }
 */
export function findKnownValue(sources: readonly KnownSource[], query: KnownQuery): KnownMatch | null {
  for (const source of sources) {
    const found = candidatesIn(source, query);
    const first = found[0];
    if (first !== undefined && found.every((v) => agree(v, first))) return { value: first, source };
  }
  return null;
}

/**
 * Known values from the indicators of a checked dataset (series points, with ambiguous cells already read
 * by series continuity), ready to link prose claims against.
 *
 * @example
 * knownValuesFromIndicators(getDataset().indicators).find((v) => v.year === 2009 && v.indicatorId === 'thu-ngan-sach-tren-dia-ban')?.value;
 * // 393.6
 */
export function knownValuesFromIndicators(indicators: readonly IndicatorView[]): KnownValue[] {
  return indicators.flatMap((indicator) =>
    indicator.points.map((point) => ({
      indicatorId: indicator.id,
      names: [...new Set([point.name, ...indicator.names])],
      unit: indicator.unit,
      year: point.year,
      value: point.value,
      decimals: point.decimals,
      source: point.source ?? '',
    })),
  );
}
