import { inBoth, type Lang, type Localized } from '../../i18n/lang';
import { formatNumber } from '../../numbers/format-number';
import { compareLevel, type LevelSlip } from '../../verify/compare-level';
import { findReference, type MatchQuestion } from '../../verify/reference-lookup';
import { periodLabel } from '../../verify/reference-period';
import { isProvisional, statusLabel } from '../../verify/reference-status';
import type { MatchRules, PeriodKey, ReferenceStatus } from '../../verify/reference-types';
import type { ConsistencyFinding } from '../checks/consistency-types';
import type { KnownSource } from '../finding/known-values';
import type { ExtractedClaim } from '../types';
import { claimContext } from './claim-context';
import { referencePlace, valueText } from './reference-basis';

/** A printed figure beside the reference value for it. */
export interface ReferenceComparison {
  readonly kind: 'agrees' | 'differs';
  /** The reference set's id (a dataset id or a file name). */
  readonly reference: string;
  readonly label: string;
  readonly labelEn: string;
  /** The reference value as the reference prints it. */
  readonly value: number;
  readonly decimals: number;
  readonly unit: string;
  readonly year: number;
  readonly period: PeriodKey;
  readonly status: ReferenceStatus;
  /** Where the reference prints it (its source column, its page). */
  readonly place: string;
  readonly placeEn: string;
  /** Printed − reference, in the printed unit; 0 when they agree. */
  readonly gap: number;
}

/** What the reference says about one printed figure (the "Đối chiếu với số liệu gốc" column). */
export type ReferenceCheck = ReferenceComparison | { readonly kind: 'question'; readonly question: MatchQuestion };

/** Level checks of a text: one entry per claim (or `null`), and the `differs-from-reference` findings. */
export interface LevelOutcome {
  readonly checks: readonly (ReferenceCheck | null)[];
  readonly findings: readonly ConsistencyFinding[];
}

function slipText(slip: LevelSlip | null, lang: Lang): string {
  if (slip === null) return '';
  switch (slip.kind) {
    case 'scale':
      return lang === 'vi' ? ' Có thể nhầm đơn vị (lệch 1.000 lần, như tỷ và triệu).' : ' Possibly a unit slip (1,000 times off, billion for million).';
    case 'digits':
      return lang === 'vi' ? ' Có thể đảo hai chữ số.' : ' Possibly two digits swapped.';
    case 'year':
      return lang === 'vi' ? ` Số in trùng với số liệu gốc năm ${slip.year}.` : ` The printed figure is the reference value for ${slip.year}.`;
  }
}

function differsMessage(claim: ExtractedClaim, check: ReferenceComparison, slip: LevelSlip | null): Localized {
  const figure = claim.figures[0];
  const printed = figure === undefined ? claim.text : valueText(figure.value, figure.decimals, figure.unit);
  const reference = valueText(check.value, check.decimals, check.unit);
  const gap = `${check.gap > 0 ? '+' : '−'}${formatNumber(Math.abs(check.gap), Math.max(0, figure?.decimals ?? 0))}`;
  return inBoth((lang) => {
    const when = `${check.period === '' ? '' : `${periodLabel(check.period, lang)} `}${check.year}`;
    const status = check.status === 'final' ? '' : ` (${statusLabel(check.status, lang)})`;
    const place = lang === 'vi' ? check.place : check.placeEn;
    return lang === 'vi'
      ? `${claim.indicator ?? ''} ${when}: văn bản in ${printed}, số liệu gốc là ${reference}${status} (${place}); chênh ${gap}.${slipText(slip, lang)}`
      : `${claim.indicator ?? ''} ${when}: the text prints ${printed}, the reference has ${reference}${status} (${place}); a gap of ${gap}.${slipText(slip, lang)}`;
  });
}

function checkOne(claim: ExtractedClaim, text: string, references: readonly KnownSource[], rules: MatchRules): { check: ReferenceCheck | null; slip: LevelSlip | null } {
  const figure = claim.figures[0];
  if (claim.kind !== 'value' || claim.indicator === null || figure === undefined || figure.unit === null) return { check: null, slip: null };
  // A year an earlier sentence gave is too weak to hold a printed level against the reference (ExtractedClaim.timeCarried).
  if (claim.timeCarried === true) return { check: null, slip: null };
  const context = claimContext(claim, text);
  if (context.year === null) return { check: null, slip: null };
  const hit = findReference(references, { name: claim.indicator, unit: figure.unit, priceBase: context.priceBase, year: context.year, period: context.period }, rules);
  if (hit.kind === 'ambiguous') return { check: { kind: 'question', question: hit.question }, slip: null };
  if (hit.kind !== 'found') return { check: null, slip: null };
  const others = hit.series.values
    .filter((v) => v.year !== context.year && (v.period ?? '') === context.period)
    .map((v) => ({ value: v.value, decimals: v.decimals, unit: v.unit, year: v.year }));
  const compared = compareLevel(figure, hit.value, others);
  const base = {
    reference: hit.source.id ?? hit.source.label,
    label: hit.source.label,
    labelEn: hit.source.labelEn,
    value: hit.value.value,
    decimals: hit.value.decimals,
    unit: hit.value.unit,
    year: hit.value.year,
    period: hit.value.period ?? '',
    status: hit.value.status ?? 'final',
    place: referencePlace(hit.source, hit.value, 'vi'),
    placeEn: referencePlace(hit.source, hit.value, 'en'),
  };
  return compared.agree
    ? { check: { kind: 'agrees', ...base, gap: 0 }, slip: null }
    : { check: { kind: 'differs', ...base, gap: compared.gap }, slip: compared.slip };
}

/**
 * Compares every printed level ("thu ngân sách năm 2022 đạt 3.957,9 tỷ đồng") with the reference value for the
 * same indicator, year, period, unit (after scale conversion) and price base (verification.md §6). A
 * disagreement is a `differs-from-reference` finding with both values, the gap and the reference's source; it
 * is a warning when the reference value is preliminary or an estimate.
 *
 * @example
 * checkReferenceLevels(extractClaims(t), t, [yearbook], NO_RULES).findings[0]?.kind; // 'differs-from-reference'
 */
export function checkReferenceLevels(claims: readonly ExtractedClaim[], text: string, references: readonly KnownSource[], rules: MatchRules): LevelOutcome {
  if (references.length === 0) return { checks: claims.map(() => null), findings: [] };
  const findings: ConsistencyFinding[] = [];
  const checks = claims.map((claim, index) => {
    const { check, slip } = checkOne(claim, text, references, rules);
    if (check !== null && check.kind === 'differs') {
      findings.push({
        kind: 'differs-from-reference',
        severity: isProvisional(check.status) ? 'warning' : 'error',
        claims: [index],
        places: [],
        message: differsMessage(claim, check, slip),
        indicator: claim.indicator,
        year: check.year,
        computed: check.gap,
      });
    }
    return check;
  });
  return { checks, findings };
}
