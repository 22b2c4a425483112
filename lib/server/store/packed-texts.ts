import 'server-only';

/**
 * Many texts as one string and where each ends: text `i` is `joined.slice(ends[i - 1] ?? 0, ends[i])`.
 * A worker hands a dataset's hundred thousand row texts to the server's thread as one string and one
 * typed array, which a structured clone copies in one go (a clone of as many separate strings costs
 * seconds).
 */
export interface PackedTexts {
  readonly joined: string;
  readonly ends: Uint32Array;
}

/**
 * @example
 * const packed = packTexts(['{"a":1}', '', 'xin chào']);
 * textAt(packed, 2) // 'xin chào'
 */
export function packTexts(texts: readonly string[]): PackedTexts {
  const ends = new Uint32Array(texts.length);
  let end = 0;
  texts.forEach((text, i) => {
    end += text.length;
    ends[i] = end;
  });
  return { joined: texts.join(''), ends };
}

/**
 * The `i`-th text of a pack (undefined past its end).
 *
 * @example
 * textAt(packTexts(['một', 'hai']), 1) // 'hai'
 */
export function textAt(packed: PackedTexts, i: number): string | undefined {
  const end = packed.ends[i];
  return end === undefined ? undefined : packed.joined.slice(i === 0 ? 0 : (packed.ends[i - 1] ?? 0), end);
}

/**
 * How many texts a pack holds.
 *
 * @example
 * countTexts(packTexts(['a', 'b'])) // 2
 */
export function countTexts(packed: PackedTexts): number {
  return packed.ends.length;
}
