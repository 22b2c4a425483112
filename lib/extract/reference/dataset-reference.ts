import type { IndicatorView } from '../../dataset/types';
import { compareLevel } from '../../verify/compare-level';
import { priceBaseIn } from '../../verify/price-base';
import { findReference } from '../../verify/reference-lookup';
import type { MatchRules, ReferenceStatus } from '../../verify/reference-types';
import type { KnownSource } from '../finding/known-values';
import { referencePlace } from './reference-basis';

/** One value of a dataset beside the reference value for it (the "Đối chiếu với số liệu gốc" column of `/du-lieu/[id]`). */
export interface DatasetReferenceRow {
  readonly indicatorId: string;
  readonly indicator: string;
  readonly unit: string;
  readonly year: number;
  readonly value: number;
  readonly decimals: number;
  readonly reference: {
    readonly id: string;
    readonly value: number;
    readonly decimals: number;
    readonly unit: string;
    readonly status: ReferenceStatus;
    readonly place: string;
    readonly placeEn: string;
    readonly agrees: boolean;
    /** Printed − reference, in the dataset's unit. */
    readonly gap: number;
  };
}

/** Most rows built for one dataset: the page stays small whatever the dataset's size. */
export const MAX_REFERENCE_ROWS = 2000;

/**
 * Every whole-year value of a dataset's series that a reference series (other than the dataset itself) has,
 * with whether their rounding intervals meet, in indicator then year order.
 *
 * @example
 * datasetReferenceRows('3f2a…', dataset.indicators, [yearbook], NO_RULES).filter((r) => !r.reference.agrees).length; // 1
 */
export function datasetReferenceRows(datasetId: string, indicators: readonly IndicatorView[], references: readonly KnownSource[], rules: MatchRules): DatasetReferenceRow[] {
  const others = references.filter((r) => r.id !== datasetId);
  const rows: DatasetReferenceRow[] = [];
  if (others.length === 0) return rows;
  for (const indicator of indicators) {
    const priceBase = priceBaseIn(`${indicator.name} ${indicator.unit}`);
    for (const point of indicator.points) {
      const hit = findReference(others, { name: indicator.name, unit: indicator.unit, priceBase, year: point.year, period: '' }, rules);
      if (hit.kind !== 'found') continue;
      const compared = compareLevel({ value: point.value, decimals: point.decimals, unit: indicator.unit }, hit.value);
      rows.push({
        indicatorId: indicator.id,
        indicator: indicator.name,
        unit: indicator.unit,
        year: point.year,
        value: point.value,
        decimals: point.decimals,
        reference: {
          id: hit.source.id ?? hit.source.label,
          value: hit.value.value,
          decimals: hit.value.decimals,
          unit: hit.value.unit,
          status: hit.value.status ?? 'final',
          place: referencePlace(hit.source, hit.value, 'vi'),
          placeEn: referencePlace(hit.source, hit.value, 'en'),
          agrees: compared.agree,
          gap: compared.agree ? 0 : compared.gap,
        },
      });
      if (rows.length >= MAX_REFERENCE_ROWS) return rows;
    }
  }
  return rows;
}
