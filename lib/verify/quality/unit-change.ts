import { formatNumber } from '../../numbers/format-number';
import { MAX_GAP_YEARS, isCoarse, withinBand } from './growth-band';
import { valueOf, warningId } from './points';
import { QUALITY_MESSAGE_STRINGS, documentText, inBoth, withUnit } from './quality-messages';
import type { QualityPoint, QualitySeries, UnitChangeWarning } from './types';
import { rescaleUnit, scaleBetween, unitKey } from './unit-scale';

/** The scale factor of a unit slip between consecutive years (`tỷ` entered as `triệu`). */
const STEP_FACTOR = 1000;

function labelWarning(series: QualitySeries, before: QualityPoint, after: QualityPoint): UnitChangeWarning {
  const factor = scaleBetween(before.unit, after.unit);
  const converted = factor === null ? null : after.value * factor;
  const consistent = converted === null || before.value <= 0 || converted <= 0 ? null : withinBand(before.value, converted, after.year - before.year);
  const decimals = factor === null ? 0 : Math.max(0, after.decimals + Math.round(-Math.log10(factor)));
  return {
    id: warningId('unit-change', [series.indicatorId], [before.year, after.year]),
    code: 'unit-change',
    severity: consistent === true ? 'info' : 'warning',
    indicatorIds: [series.indicatorId],
    indicators: [series.indicator],
    years: [before.year, after.year],
    values: [valueOf(before), valueOf(after)],
    tableId: null,
    kind: 'label',
    before: valueOf(before),
    after: valueOf(after),
    factor,
    consistent,
    likelyUnit: null,
    message: inBoth((lang) => {
      const t = QUALITY_MESSAGE_STRINGS[lang];
      const head = t.unitLabel(withUnit(valueOf(before), lang), withUnit(valueOf(after), lang));
      if (consistent === null || converted === null) return head + t.unitIncomparable;
      const convertedText = `${formatNumber(converted, decimals)} ${documentText(before.unit, lang)}`;
      return head + t.unitConverted(`${after.raw} ${documentText(after.unit, lang)}`, convertedText, consistent);
    }),
  };
}

/**
 * Places where the unit column changes between two consecutive years of a series (in year
 * order). Units that differ only in spelling (`tỉ`/`tỷ`, case) are the same unit. When the two
 * units differ by scale only, the reason says whether the values agree once converted.
 *
 * @example
 * findUnitLabelChanges(series) // [{ code: 'unit-change', kind: 'label', years: [2019, 2020], factor: 0.001, … }]
 */
export function findUnitLabelChanges(series: QualitySeries): UnitChangeWarning[] {
  const out: UnitChangeWarning[] = [];
  for (let i = 1; i < series.points.length; i++) {
    const before = series.points[i - 1];
    const after = series.points[i];
    if (before && after && unitKey(before.unit) !== unitKey(after.unit)) out.push(labelWarning(series, before, after));
  }
  return out;
}

function agree(a: QualityPoint | undefined, b: QualityPoint | undefined): boolean {
  return a !== undefined && b !== undefined && !isCoarse(a) && !isCoarse(b) && Math.abs(b.year - a.year) <= MAX_GAP_YEARS && withinBand(a.value, b.value, b.year - a.year);
}

/**
 * Places in a run of one unit label (a level series, in year order) where the values jump by
 * about 1000× from one year to the next and stay at the new level: two agreeing years on each
 * side. The later years were likely entered in another scale (`triệu` for `tỷ`). A single year
 * off is a slip instead (findScaleSlips).
 *
 * @example
 * findUnitSteps(series, run) // [{ code: 'unit-change', kind: 'step', years: [2020, 2021], likelyUnit: 'Triệu đồng', … }]
 */
export function findUnitSteps(series: QualitySeries, run: readonly QualityPoint[]): UnitChangeWarning[] {
  const out: UnitChangeWarning[] = [];
  for (let i = 2; i + 1 < run.length; i++) {
    const before = run[i - 1];
    const after = run[i];
    if (!before || !after || !agree(run[i - 2], before) || !agree(after, run[i + 1])) continue;
    const years = after.year - before.year;
    if (years > MAX_GAP_YEARS || withinBand(before.value, after.value, years)) continue;
    const up = after.value > before.value;
    const back = up ? after.value / STEP_FACTOR : after.value * STEP_FACTOR;
    if (!withinBand(before.value, back, years)) continue;
    const likelyUnit = rescaleUnit(after.unit, up ? 1 / STEP_FACTOR : STEP_FACTOR);
    out.push({
      id: warningId('unit-change', [series.indicatorId], [before.year, after.year], 'step'),
      code: 'unit-change',
      severity: 'warning',
      indicatorIds: [series.indicatorId],
      indicators: [series.indicator],
      years: [before.year, after.year],
      values: [valueOf(before), valueOf(after)],
      tableId: null,
      kind: 'step',
      before: valueOf(before),
      after: valueOf(after),
      factor: up ? 1 / STEP_FACTOR : STEP_FACTOR,
      consistent: false,
      likelyUnit,
      message: inBoth((lang) =>
        QUALITY_MESSAGE_STRINGS[lang].unitStep(after.year, `${before.year}: ${before.raw}`, `${after.year}: ${after.raw}`, up, after.unit === '' ? '—' : documentText(after.unit, lang), likelyUnit === null ? null : documentText(likelyUnit, lang)),
      ),
    });
  }
  return out;
}
