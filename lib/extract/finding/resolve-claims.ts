import type { ClaimInput } from '../../verify/types';
import { isPeriod } from './find-time-phrases';
import { isGrowthRateName } from './growth-rate-name';
import { findKnownValue, type KnownSource, type ValueOrigin } from './known-values';
import { averageSpan, inputFor, linkClaims, type LinkedClaim } from './link-claims';
import { basePart } from './base-part';
import type { PeriodKey } from '../../verify/reference-types';
import type { ExtractedClaim, Period, YearValue } from '../types';

/** A value a claim is checked against, and where it was found. */
export interface Basis extends YearValue {
  readonly origin: ValueOrigin;
  /** For values from a dataset: the dataset's name and, when it says, where it took the value from. */
  readonly source: string | null;
  /** The same in English (the dataset's name in English; where it took the value from stays as the dataset says). */
  readonly sourceEn: string | null;
  /** For values from a dataset: the set's id (a dataset id or a file name), as results name their basis. */
  readonly sourceId?: string;
}

export interface ResolvedClaim {
  readonly claim: ExtractedClaim;
  readonly from: Basis | null;
  readonly to: Basis | null;
  /** What `verifyClaim` needs; `null` for claims that compare nothing. */
  readonly input: ClaimInput | null;
  /** `to` was linked by a looser name only (LinkedClaim.loose): no dataset may complete it into a verdict. */
  readonly loose?: boolean;
}

function fromText(value: YearValue | null): Basis | null {
  return value === null ? null : { ...value, origin: 'text', source: null, sourceEn: null };
}

/** The years a comparison or an average rate needs values for, or `null` when the text does not say. */
function yearsNeeded(linked: LinkedClaim): { from: number | null; to: number | null; span: Period | null } | null {
  const { claim } = linked;
  if (claim.kind === 'average-annual') {
    const span = averageSpan(claim);
    return span === null || isGrowthRateName(claim.indicator) ? null : { from: span.from, to: span.to, span };
  }
  if (claim.kind !== 'comparison' && claim.kind !== 'index') return null;
  const own = !isPeriod(claim.years) && claim.years.length === 1 ? (claim.years[0] ?? null) : null;
  const base = claim.compareTo !== null && 'year' in claim.compareTo ? claim.compareTo.year : null;
  return { from: base, to: linked.to?.year ?? own, span: null };
}

function lookUp(sources: readonly KnownSource[], indicator: string, year: number | null, part: PeriodKey, unit: string | null): Basis | null {
  if (year === null) return null;
  const match = findKnownValue(sources, { indicator, year, part, unit });
  if (match === null) return null;
  const { value, source } = match;
  return {
    value: value.value,
    decimals: value.decimals,
    unit: value.unit,
    year: value.year,
    origin: source.origin,
    sourceId: source.id ?? source.label,
    source: value.source === '' ? source.label : `${source.label} — ${value.source}`,
    // Where the dataset took the value from is the document's own words: quoted in English.
    sourceEn: value.source === '' ? source.labelEn : `${source.labelEn} — “${value.source}”`,
  };
}

function resolveOne(linked: LinkedClaim, sources: readonly KnownSource[]): ResolvedClaim {
  const { claim } = linked;
  const from = fromText(linked.from);
  const to = fromText(linked.to);
  const plain: ResolvedClaim = { claim, from, to, input: linked.input, ...(linked.loose === true ? { loose: true } : {}) };
  // A level linked by a looser name only implies the base; a base from a dataset would turn it into a verdict.
  if (linked.input === null || linked.loose === true || claim.endpoints !== null || claim.indicator === null || sources.length === 0) return plain;
  if (from !== null && to !== null) return plain;
  const years = yearsNeeded(linked);
  if (years === null) return plain;
  const newTo = to ?? lookUp(sources, claim.indicator, years.to, claim.part, from?.unit ?? null);
  const newFrom = from ?? lookUp(sources, claim.indicator, years.from, basePart(claim), newTo?.unit ?? null);
  if (newFrom === from && newTo === to) return plain;
  return { claim, from: newFrom, to: newTo, input: inputFor(claim, newFrom, newTo, years.span) };
}

/**
 * Resolves the values every claim compares, in this order: (1) the same text (the level beside the claim,
 * or one printed elsewhere for the same indicator and year), then (2…) each known source in the order given
 * — the bundled tables, then an uploaded dataset. A value the text prints is never replaced. A claim whose
 * base stays unknown keeps one value only and is verified as `implied`.
 *
 * @example
 * const [, change] = resolveClaims(extractClaims('Năm 2022 thu ngân sách trên địa bàn đạt 3.957,9 tỷ đồng, tăng 10,1 lần so với năm 2009.'), [tables]);
 * change.from; // { value: 393.6, year: 2009, unit: 'Tỷ đồng', origin: 'tables', source: 'Dữ liệu kèm theo — Mục II.6, bảng 2', … }
 * change.to?.origin; // 'text'
 */
export function resolveClaims(claims: readonly ExtractedClaim[], sources: readonly KnownSource[] = []): ResolvedClaim[] {
  return linkClaims(claims).map((linked) => resolveOne(linked, sources));
}
