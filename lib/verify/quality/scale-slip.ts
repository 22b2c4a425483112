import { formatNumber } from '../../numbers/format-number';
import { withinBand } from './growth-band';
import { neighbourhoodOf, type Neighbourhood } from './neighbours';
import { valueOf, warningId } from './points';
import { QUALITY_MESSAGE_STRINGS, aroundText, inBoth } from './quality-messages';
import type { QualityPoint, QualitySeries, ScaleSlipWarning } from './types';

/** The slips looked for: one decimal place (10×) and one thousands group (1000×). */
const FACTORS = [10, 1000] as const;

export interface Slip {
  readonly factor: number;
  readonly direction: 'high' | 'low';
  readonly likely: { readonly value: number; readonly decimals: number };
}

/**
 * The slip that explains a value against its neighbours: the value is out of any real change
 * from each of them, and divided (or multiplied) by 10 or 1000 it is within real change of each.
 * `null` when no factor does.
 *
 * @example
 * // 1.234,5 in 2020 between 121,3 (2019) and 125,8 (2021):
 * slipOf(point2020, { near: [point2019, point2021], shown: [point2019, point2021] })
 * // → { factor: 10, direction: 'high', likely: { value: 123.45, decimals: 2 } }
 */
export function slipOf(point: QualityPoint, around: Neighbourhood): Slip | null {
  if (point.value <= 0) return null;
  for (const factor of FACTORS) {
    for (const direction of ['high', 'low'] as const) {
      const likely = direction === 'high' ? point.value / factor : point.value * factor;
      const fits = around.near.every((n) => {
        const years = point.year - n.year;
        return !withinBand(n.value, point.value, years) && withinBand(n.value, likely, years);
      });
      if (!fits) continue;
      const shift = Math.round(Math.log10(factor));
      // An integer whose tenth is an integer too had a digit added (796.645.730 for 79.664.573): it keeps no decimals.
      const whole = point.decimals === 0 && Number.isInteger(likely);
      const decimals = direction === 'low' ? Math.max(0, point.decimals - shift) : whole ? 0 : point.decimals + shift;
      return { factor, direction, likely: { value: Number(likely.toFixed(Math.min(20, decimals + 2))), decimals } };
    }
  }
  return null;
}

function slipWarning(series: QualitySeries, point: QualityPoint, around: Neighbourhood, slip: Slip): ScaleSlipWarning {
  const value = valueOf(point);
  const neighbours = around.shown.map(valueOf);
  const likely = formatNumber(slip.likely.value, slip.likely.decimals);
  const factor = formatNumber(slip.factor, 0);
  return {
    id: warningId('scale-slip', [series.indicatorId], [point.year]),
    code: 'scale-slip',
    severity: 'warning',
    indicatorIds: [series.indicatorId],
    indicators: [series.indicator],
    years: [point.year],
    values: [value, ...neighbours].sort((a, b) => a.year - b.year),
    tableId: null,
    factor: slip.factor,
    direction: slip.direction,
    value,
    likely: slip.likely,
    neighbours,
    message: inBoth((lang) => {
      const t = QUALITY_MESSAGE_STRINGS[lang];
      return t.slip(point.raw, point.year, factor, slip.direction === 'high', aroundText(neighbours), likely) + t.slipCause(slip.factor === 1000);
    }),
  };
}

/**
 * Values about 10× or 1000× off their neighbours in a run of one unit (a level series, values
 * positive, in year order): a decimal mark or a thousands group slipped. A series growing even
 * 40 % a year is never flagged; neighbours more than 5 years away judge nothing.
 *
 * @example
 * findScaleSlips(series, run) // [{ code: 'scale-slip', years: [2020], likely: { value: 123.45, decimals: 2 }, … }]
 */
export function findScaleSlips(series: QualitySeries, run: readonly QualityPoint[]): ScaleSlipWarning[] {
  const out: ScaleSlipWarning[] = [];
  run.forEach((point, i) => {
    const around = neighbourhoodOf(run, i, true);
    if (!around) return;
    const slip = slipOf(point, around);
    if (slip) out.push(slipWarning(series, point, around, slip));
  });
  return out;
}
