import { withinBand } from './growth-band';
import { neighbourhoodOf } from './neighbours';
import { valueOf, warningId } from './points';
import { QUALITY_MESSAGE_STRINGS, aroundText, inBoth } from './quality-messages';
import { slipOf } from './scale-slip';
import type { QualityPoint, QualitySeries, StraySmallWarning } from './types';

/** A non-zero value this many times smaller than each neighbour is stray (a 10× slip is told apart first). */
const STRAY_RATIO = 20;

function isStray(point: QualityPoint, near: readonly QualityPoint[]): boolean {
  if (point.value === 0) return true;
  return near.every((n) => point.value * STRAY_RATIO <= n.value && !withinBand(n.value, point.value, point.year - n.year));
}

/**
 * Zeros and tiny values among large ones in a run of one unit (a level series, in year order): a
 * missing value typed as 0, or a stray entry. A zero is judged at the ends of the series too; a
 * tiny non-zero value only between two neighbours that agree (a series may start small). A value
 * that a 10× or 1000× slip explains is left to findScaleSlips.
 *
 * @example
 * findStraySmall(series, run) // [{ code: 'stray-small', zero: true, years: [2021], … }]
 */
export function findStraySmall(series: QualitySeries, run: readonly QualityPoint[]): StraySmallWarning[] {
  const out: StraySmallWarning[] = [];
  run.forEach((point, i) => {
    if (point.value < 0) return;
    const zero = point.value === 0;
    const around = neighbourhoodOf(run, i, zero);
    if (!around || !isStray(point, around.near) || (!zero && slipOf(point, around) !== null)) return;
    const value = valueOf(point);
    const neighbours = around.shown.map(valueOf);
    out.push({
      id: warningId('stray-small', [series.indicatorId], [point.year]),
      code: 'stray-small',
      severity: 'warning',
      indicatorIds: [series.indicatorId],
      indicators: [series.indicator],
      years: [point.year],
      values: [value, ...neighbours].sort((a, b) => a.year - b.year),
      tableId: null,
      zero,
      value,
      neighbours,
      message: inBoth((lang) => {
        const t = QUALITY_MESSAGE_STRINGS[lang];
        return zero ? t.strayZero(point.year, aroundText(neighbours)) : t.strayTiny(point.raw, point.year, aroundText(neighbours));
      }),
    });
  });
  return out;
}
