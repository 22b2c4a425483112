import type { UnitSign } from '../numbers/types';
import type { Comparative, Direction } from './types';

/**
 * The direction a folded verb of the grammar states: "tang" and "tang truong" (growth) up, "giam" and "tang truong
 * am" (negative growth) down, anything else none.
 *
 * @example
 * directionOf('giam') // → 'down'
 * directionOf('tang truong am') // → 'down'
 * directionOf('bang') // → null
 */
export function directionOf(verb: string | undefined): Direction | null {
  if (verb === 'tang' || verb === 'tang truong') return 'up';
  if (verb === 'giam' || verb === 'tang truong am') return 'down';
  return null;
}

/**
 * Whether a folded verb is growth ("tăng trưởng", "tăng trưởng âm"), which states a rate in per cent only.
 *
 * @example
 * isGrowthVerb('tang truong') // → true
 * isGrowthVerb('tang') // → false
 */
export function isGrowthVerb(verb: string | undefined): boolean {
  return verb === 'tang truong' || verb === 'tang truong am';
}

// Grammar: comparative := COMPARATIVE_WORD " hon" (folded), COMPARATIVE_WORD := "cao" | "thap" | "nhieu" | "it" | "lon" | "nho".
// Example: "thap hon" → "thap"; "cao  hon" (two spaces) is not one (the text is whitespace-collapsed first).
const COMPARATIVE = /^(cao|thap|nhieu|it|lon|nho) hon$/;

/**
 * The comparative a folded "… hơn" of the grammar prints, or `null`.
 *
 * @example
 * comparativeOf('thap hon') // → 'thap'
 * comparativeOf('tang')     // → null
 */
export function comparativeOf(words: string | undefined): Comparative | null {
  const word = words === undefined ? undefined : COMPARATIVE.exec(words)?.[1];
  return COMPARATIVES.find((c) => c === word) ?? null;
}

const COMPARATIVES: readonly Comparative[] = ['cao', 'thap', 'nhieu', 'it', 'lon', 'nho'];

/**
 * The direction a comparative states: cao/nhiều/lớn hơn up, thấp/ít/nhỏ hơn down.
 *
 * @example
 * comparativeDirection('it') // → 'down'
 */
export function comparativeDirection(comparative: Comparative): Direction {
  switch (comparative) {
    case 'cao':
    case 'nhieu':
    case 'lon':
      return 'up';
    case 'thap':
    case 'it':
    case 'nho':
      return 'down';
  }
}

/** The comparative of the other direction: cao ↔ thấp, nhiều ↔ ít, lớn ↔ nhỏ hơn. */
const OPPOSITE: Readonly<Record<Comparative, Comparative>> = { cao: 'thap', thap: 'cao', nhieu: 'it', it: 'nhieu', lon: 'nho', nho: 'lon' };

/**
 * The comparative of the same kind that states `direction` ("thấp hơn" asked for up is "cao hơn").
 *
 * @example
 * comparativeFor('thap', 'up') // → 'cao'
 * comparativeFor('it', 'down') // → 'it'
 */
export function comparativeFor(comparative: Comparative, direction: Direction): Comparative {
  return comparativeDirection(comparative) === direction ? comparative : OPPOSITE[comparative];
}

/**
 * The unit sign of a claim from its printed sign or, failing that, its folded sign words.
 *
 * @example
 * signOf('%', undefined)         // → '%'
 * signOf(undefined, 'phan ngan') // → '‰'
 * signOf(undefined, undefined)   // → null
 */
export function signOf(sign: string | undefined, words: string | undefined): UnitSign | null {
  if (sign === '%' || sign === '‰') return sign;
  if (words === 'phan tram') return '%';
  if (words === 'phan nghin' || words === 'phan ngan') return '‰';
  return null;
}
