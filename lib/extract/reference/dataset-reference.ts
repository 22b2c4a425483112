import type { IndicatorView } from '../../dataset/types';
import { compareLevel } from '../../verify/compare-level';
import { priceBaseIn } from '../../verify/price-base';
import { lookUpMatched, matchSources } from '../../verify/reference-lookup';
import type { MatchRules, ReferenceStatus } from '../../verify/reference-types';
import type { KnownSource } from '../finding/known-values';
import { referencePlace } from './reference-basis';
import type { SetAsideSource } from './document-place';

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

/** Most rows kept for one dataset: the page stays small whatever the dataset's size. */
export const MAX_REFERENCE_ROWS = 200;

/** Every value of a dataset compared with the reference, counted; the rows kept, values that differ first. */
export interface ReferenceComparison {
  readonly rows: readonly DatasetReferenceRow[];
  readonly differing: number;
  readonly agreeing: number;
}

/** A comparison as the dataset page shows it, with the reference sets not used because they hold another province's figures, and why. */
export interface DatasetReference extends ReferenceComparison {
  readonly setAside: readonly SetAsideSource[];
}

/**
 * Compares every whole-year value of a dataset's series with the reference series (other than the dataset itself)
 * that have it, by rounding intervals. Counts every value; keeps at most `limit` rows, those that differ first, each
 * group in indicator then year order.
 *
 * @example
 * compareDatasetWithReference('3f2a…', dataset.indicators, [yearbook], NO_RULES) // { rows: [...], differing: 1, agreeing: 40 }
 */
export function compareDatasetWithReference(
  datasetId: string,
  indicators: readonly IndicatorView[],
  references: readonly KnownSource[],
  rules: MatchRules,
  limit: number = MAX_REFERENCE_ROWS,
): ReferenceComparison {
  const others = references.filter((r) => r.id !== datasetId);
  const differs: DatasetReferenceRow[] = [];
  const agrees: DatasetReferenceRow[] = [];
  let differing = 0;
  let agreeing = 0;
  if (others.length === 0) return { rows: [], differing, agreeing };
  for (const indicator of indicators) {
    const matched = matchSources(others, { name: indicator.name, unit: indicator.unit, priceBase: priceBaseIn(`${indicator.name} ${indicator.unit}`) }, rules);
    for (const point of indicator.points) {
      const hit = lookUpMatched(matched, point.year, '');
      if (hit.kind !== 'found') continue;
      const compared = compareLevel({ value: point.value, decimals: point.decimals, unit: indicator.unit }, hit.value);
      if (compared.agree) agreeing++;
      else differing++;
      const kept = compared.agree ? agrees : differs;
      if (kept.length >= limit) continue;
      kept.push({
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
    }
  }
  return { rows: [...differs, ...agrees].slice(0, limit), differing, agreeing };
}
