import type { Measured, UnitSign } from '../numbers/types';
import { qualifierOf } from './read-qualifier';
import type { Claim, ClaimKind, Comparative, Direction, PlanVerb, QualifierWord } from './types';

/** What a claim is made of; claimOf fills in the rest. */
export interface ClaimParts {
  readonly kind: ClaimKind;
  readonly direction: Direction | null;
  readonly figure?: Measured | null;
  readonly unitSign?: UnitSign | null;
  readonly unitWord?: string | null;
  readonly qualifierWord?: QualifierWord | null;
  readonly planVerb?: PlanVerb | null;
  readonly fromTo?: Claim['fromTo'];
  readonly upper?: Measured | null;
  readonly scale?: number;
  readonly comparative?: Comparative | null;
}

/**
 * A claim of the grammar from its parts (absent parts are `null`; the qualifier follows its word).
 *
 * @example
 * claimOf('tăng 5%', { kind: 'percent', direction: 'up', figure: { value: 5, decimals: 0 }, unitSign: '%' }).qualifier // → null
 */
export function claimOf(text: string, parts: ClaimParts): Claim {
  return {
    ok: true,
    kind: parts.kind,
    direction: parts.direction,
    figure: parts.figure ?? null,
    unitSign: parts.unitSign ?? null,
    unitWord: parts.unitWord ?? null,
    qualifier: qualifierOf(parts.qualifierWord ?? null),
    qualifierWord: parts.qualifierWord ?? null,
    planVerb: parts.planVerb ?? null,
    fromTo: parts.fromTo ?? null,
    text,
    ...(parts.upper ? { upper: parts.upper } : {}),
    ...(parts.scale !== undefined && parts.scale !== 1 ? { scale: parts.scale } : {}),
    ...(parts.comparative ? { comparative: parts.comparative } : {}),
  };
}
