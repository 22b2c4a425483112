export { verifyClaim } from './verify-claim';
export type { ClaimInput, Interval, Verdict, Verification } from './types';
export { VERDICTS } from './types';
