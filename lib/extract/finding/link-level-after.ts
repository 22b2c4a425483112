import { sameBaseUnit } from './align-scale';
import { CLOSES } from './bracket-grammar';
import { isPercentUnit, levelBefore, levelOf, ownYear } from './bracket-levels';
import type { ExtractedClaim } from '../types';

// Grammar: opens-level := space* "(" space* ( ( "ước" space+ ( "tính" space+ )? )? "đạt" space+ )? end — a bracket that
//   opens on the change's own level, bare or after "đạt"
// Example: " (" in "giảm 1,0% (3.502 doanh nghiệp)"; " (đạt " in "tăng 12,5% (đạt 45.600 tỷ đồng)"; " (ước đạt " in
//          "tăng 8% (ước đạt 1.200 tỷ đồng)"; not " (tăng " (the same change in the level's unit) nor " (năm 2022: ".
const OPENS_LEVEL = /^\s*\(\s*(?:(?:ước\s+(?:tính\s+)?)?đạt\s+)?$/iu;

// Grammar: names-base := "so" space+ ( "sánh" space+ )? "với" | "cùng" space+ "kỳ" — the change names its base before the
//   bracket, which is then that base's value
// Example: "tăng 113% so với cùng kỳ năm trước" (its bracket "(921 tỉ đồng)" is the base); "giảm 1,7% so cùng kỳ".
const NAMES_BASE = /so\s+(?:sánh\s+)?với|cùng\s+kỳ/iu;

/**
 * A change in % that names no base before its bracket and prints no level before it in its sentence, with an amount in
 * brackets right after it: the amount is the change's own later level, as the weekly business-registration bulletin
 * and many monthly reports print it ("số doanh nghiệp quay trở lại hoạt động giảm 0,7% (422 doanh nghiệp)"). The change
 * gets it as `levelAfter` (its base stays unknown, so it is `implied`), and the amount gets the change's subject. A
 * bracket after "so với …" is the base (link-brackets.ts), and one after a level is the same change
 * (linkSameChange). Whether it linked.
 *
 * @example
 * linkLevelAfter(raw, claims, 0, new Set()) // raw 'Vốn đăng ký tăng 12,5% (đạt 45.600 tỷ đồng).' → true
 */
export function linkLevelAfter(raw: string, out: ExtractedClaim[], i: number, bases: ReadonlySet<number>): boolean {
  const claim = out[i];
  const next = out[i + 1];
  const parsed = claim?.claim;
  if (claim === undefined || next === undefined || parsed?.ok !== true || claim.kind !== 'comparison') return false;
  if (parsed.kind !== 'percent' || (parsed.direction !== 'up' && parsed.direction !== 'down')) return false;
  if (claim.endpoints !== null || claim.compareTo !== null || claim.levelAfter !== undefined || NAMES_BASE.test(claim.text)) return false;
  // An estimate ("ước đạt 1.200 tỷ đồng") is a level; a bound ("hơn 3.500") is not one value.
  if (next.kind !== 'value' || next.sentence !== claim.sentence || (next.qualifier !== null && next.qualifier !== 'about')) return false;
  if (!OPENS_LEVEL.test(raw.slice(claim.end, next.start)) || !CLOSES.test(raw.slice(next.end))) return false;
  const figure = next.figures[0];
  if (figure === undefined || figure.unit === null || isPercentUnit(figure.unit) || figure.value <= 0) return false;
  const before = levelBefore(raw, out, i, bases);
  // A level before the change is what it measures; its bracket then says the same change (linkSameChange).
  if (before !== null && sameBaseUnit(before.figures[0]?.unit ?? null, figure.unit)) return false;
  const level = levelOf(next, ownYear(claim) ?? ownYear(next));
  if (level === null) return false;
  out[i] = { ...claim, levelAfter: level };
  out[i + 1] = { ...next, indicator: claim.indicator, inherited: true };
  return true;
}
