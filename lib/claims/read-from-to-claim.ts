import { readMeasured } from '../numbers/read-measured';
import { claimOf } from './build-claim';
import { FROM_TO_CLAIM } from './claim-grammar';
import { directionOf, signOf } from './read-claim-words';
import type { Groups, Read, Span } from './reader-types';

/**
 * "tăng từ A lên B", "giảm từ A xuống còn B", "từ A lên B"; `null` when not one. Without a verb the
 * direction comes from "lên" (up) or "xuống" (down); "từ A đến B" with no verb has none.
 *
 * @example
 * readFromToClaim({ text: 'từ 12% lên 15%', folded: 'tu 12% len 15%' })
 * // → { claim: { kind: 'direction', direction: 'up', unitSign: '%', fromTo: { from: { value: 12, … }, to: { value: 15, … } }, … }, length: 14 }
 */
export function readFromToClaim(span: Span): Read | null {
  const match = FROM_TO_CLAIM.exec(span.folded);
  const g: Groups | undefined = match?.groups;
  if (!match || !g) return null;
  const from = readMeasured(g.from ?? '');
  const to = readMeasured(g.to ?? '');
  if (!from || !to) return null;
  const link = g.link ?? '';
  const direction =
    directionOf(g.verb) ?? (link.startsWith('len') ? 'up' : link.startsWith('xuong') ? 'down' : null);
  if (direction === null) return null;
  const unitSign = signOf(g.toSign ?? g.fromSign, undefined);
  const length = match[0].length;
  const claim = claimOf(span.text.slice(0, length), { kind: 'direction', direction, unitSign, fromTo: { from, to } });
  return { claim, length };
}
