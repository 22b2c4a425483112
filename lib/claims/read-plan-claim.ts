import { readMeasured } from '../numbers/read-measured';
import { claimOf } from './build-claim';
import { PLAN_CLAIM } from './claim-grammar';
import { qualifierWordOf } from './read-qualifier';
import type { Groups, Read, Span } from './reader-types';
import type { PlanVerb } from './types';

/**
 * "bằng 104% kế hoạch", "đạt 100% KH", "vượt 4% dự toán", "tăng 14,7% so với dự toán"; `null` when not one. "vượt
 * N%" and "tăng N% so với dự toán" are `plan-excess` claims (N % over the plan), the others a `plan` claim with their
 * verb.
 *
 * @example
 * readPlanClaim({ text: 'vượt 4% dự toán', folded: 'vuot 4% du toan' })
 * // → { claim: { kind: 'plan-excess', direction: null, figure: { value: 4, decimals: 0 }, unitSign: '%', … }, length: 15 }
 */
export function readPlanClaim(span: Span): Read | null {
  const match = PLAN_CLAIM.exec(span.folded);
  const g: Groups | undefined = match?.groups;
  if (!match || !g) return null;
  const figure = readMeasured(g.num ?? '');
  if (!figure) return null;
  const qualifierWord = qualifierWordOf(g.q0 ?? g.q1);
  const length = match[0].length;
  const text = span.text.slice(0, length);
  if (g.verb === 'vuot' || g.verb === 'tang') return { claim: claimOf(text, { kind: 'plan-excess', direction: null, figure, unitSign: '%', qualifierWord }), length };
  // "tương đương 39,3% kế hoạch" says what "bằng" does.
  const planVerb: PlanVerb = g.verb === 'bang' || g.verb?.startsWith('tuong duong') === true ? 'bang' : 'dat';
  const claim = claimOf(text, { kind: 'plan', direction: null, figure, unitSign: '%', qualifierWord, planVerb });
  return { claim, length };
}
