import { scaleOfUnit } from '../claims/scale-words';
import type { Claim, ClaimKind } from '../claims/types';
import type { Measured } from '../numbers/types';

/** The values and claim of one check, in one common unit. */
export interface Scaled {
  readonly claim: Claim;
  readonly figure: Measured | null;
  readonly from: Measured | null;
  readonly to: Measured | null;
}

function shift(m: Measured | null, factor: number): Measured | null {
  if (m === null) return null;
  const digits = Math.round(Math.log10(factor));
  return { value: m.value / factor, decimals: m.decimals + digits };
}

/**
 * Puts a difference claim and its values in one unit when their scale words differ (spec §2b): "tăng thêm
 * 10,4 triệu người" against values in `Người` compares the values in millions (96.208.984 → 96,208984, so
 * the claim keeps its own precision, [10,35; 10,45] million); "tăng 197.000 đồng" against 4,153 and 4,35 `triệu đồng`
 * compares 4.153.000 and 4.350.000 đồng, so the message speaks the claim's unit. With a value missing, the claim
 * moves to the values' unit instead (0,197 triệu đồng): an implied value is always worked out in the values' unit.
 * Only absolute claims with a unit word have a scale: ratios, percents and indices are scale-free.
 *
 * @example
 * const claim = parseClaim('tăng thêm 10,4 triệu người'); // scale 1e6
 * scaleClaim(claim, 'absolute', 'Người', { value: 85789573, decimals: 0 }, { value: 96208984, decimals: 0 }, claim.figure).to
 * // → { value: 96.208984, decimals: 6 }
 */
export function scaleClaim(
  claim: Claim,
  kind: ClaimKind,
  unit: string,
  from: Measured | null,
  to: Measured | null,
  figure: Measured | null,
): Scaled {
  // A claim without a unit word ("tăng 8") is in the values' unit.
  const factor = kind === 'absolute' && claim.unitWord !== null ? (claim.scale ?? 1) / scaleOfUnit(unit) : 1;
  if (factor === 1 || !Number.isFinite(factor) || figure === null) return { claim, figure, from, to };
  // With both values printed, they move to the claim's unit, so the message speaks as the claim does.
  if (from !== null && to !== null) return { claim, figure, from: shift(from, factor), to: shift(to, factor) };
  // The claim in the values' unit: its figure (and range) carry the extra digits, its words the values' unit.
  const inValues = shift(figure, 1 / factor) ?? figure;
  const upper = claim.upper ? shift(claim.upper, 1 / factor) : null;
  const rescaled: Claim = { ...claim, figure: inValues, unitWord: unit === '' ? claim.unitWord : unit, scale: 1, ...(upper ? { upper } : {}) };
  return { claim: rescaled, figure: inValues, from, to };
}
