import type { Claim, ClaimKind, Direction, Qualifier, QualifierWord } from '../claims/types';
import type { Measured } from '../numbers/types';

/**
 * Builds a parsed claim for tests without depending on the claim parser.
 *
 * @example
 * makeClaim('Tăng 3,8 lần', 'ratio', 'up', [3.8, 1]);
 */
export function makeClaim(
  text: string,
  kind: ClaimKind,
  direction: Direction | null,
  figure: readonly [number, number] | null,
  extra: Partial<Omit<Claim, 'ok' | 'kind' | 'direction' | 'figure' | 'text'>> = {},
): Claim {
  const qualifier = extra.qualifier ?? null;
  return {
    ok: true,
    kind,
    direction,
    figure: figure === null ? null : { value: figure[0], decimals: figure[1] },
    unitSign: extra.unitSign ?? null,
    unitWord: extra.unitWord ?? null,
    qualifier,
    qualifierWord: extra.qualifierWord ?? (qualifier === null ? null : PLAIN_WORD[qualifier]),
    planVerb: extra.planVerb ?? (kind === 'plan' ? 'dat' : null),
    fromTo: extra.fromTo ?? null,
    text,
  };
}

/** The word a test claim prints for a qualifier when the test names none. */
const PLAIN_WORD: Readonly<Record<Qualifier, QualifierWord>> = { lower: 'tren', upper: 'duoi', about: 'khoang' };

/** A printed value: `m(10.6, 1)` is "10,6". */
export function m(value: number, decimals: number): Measured {
  return { value, decimals };
}
