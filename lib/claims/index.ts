export type { Claim, ClaimKind, Direction, ParsedClaim, Qualifier, UnparsedClaim } from './types';
export { foldDiacritics, foldDiacriticsAligned, normalizeText } from './normalize-text';
export { parseClaim } from './parse-claim';
