export type * from './types';
export { reviewQuality, qualityForTable, qualityForIndicator, uniqueWarnings, type QualityInput, type QualityTableInput } from './review-quality';
export { reviewSeries } from './review-series';
export { planRowsOf } from './plan-rows';
export { checkPlanWord, readPlanWord, type PlanRow } from './plan-words';
export { readPlanTarget, lowerIsBetter } from './plan-target';
export { checkShares, type ShareGroup } from './shares';
export { shareGroups, type ShareCandidate } from './share-groups';
export { checkStructure, structureBlocksOf, type StructureBlock, type StructureRow } from './structure-shares';
