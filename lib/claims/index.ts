export type { Claim, ClaimKind, Direction, ParsedClaim, Qualifier, UnparsedClaim } from './types';
export { foldDiacritics, foldDiacriticsAligned, normalizeText } from './normalize-text';
export { claimTextOf, parseClaim, readClaimAt, readQualifier, type ClaimText } from './parse-claim';
export { readShareClaimAt } from './read-share-claim';
export { readLevelChangeAt, type LevelReached } from './read-level-change';
