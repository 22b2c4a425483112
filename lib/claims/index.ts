export type { Claim, ClaimKind, Direction, ParsedClaim, Qualifier, UnparsedClaim } from './types';
export { foldDiacritics, foldDiacriticsAligned, normalizeText } from './normalize-text';
export { parseClaim } from './parse-claim';
export { claimTextOf, readClaimAt, type ClaimText } from './read-claim-at';
export { readQualifier } from './read-qualifier';
export { readShareClaimAt } from './read-share-claim';
export { readLevelChangeAt, type LevelReached } from './read-level-change';
