export type { AmbiguousReading, Measured, NumberStyle, ParsedNumber, RepairedValue, UnitSign } from './types';
export { parseNumber } from './parse-number';
export { detectNumberStyle, type NumberStyleDecision } from './detect-number-style';
export { repairSeries, type SeriesPoint } from './repair-ambiguous';
export { formatMeasured, formatNumber, formatPercent, NO_FIGURE } from './format-number';
export { clampDecimals, MAX_DECIMALS, roundTo, truncateTo } from './decimals';
export { readMeasured } from './read-measured';
