import type { Claim, ClaimKind, Direction } from '../claims/types';
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
  return {
    ok: true,
    kind,
    direction,
    figure: figure === null ? null : { value: figure[0], decimals: figure[1] },
    unitSign: null,
    unitWord: null,
    qualifier: null,
    fromTo: null,
    text,
    ...extra,
  };
}

/** A printed value: `m(10.6, 1)` is "10,6". */
export function m(value: number, decimals: number): Measured {
  return { value, decimals };
}
