import 'server-only';

/**
 * Many texts as one block of UTF-8 bytes and where each ends (in bytes): text `i` is the bytes from
 * `ends[i - 1] ?? 0` to `ends[i]`, decoded. A worker hands a dataset's hundred thousand row texts to the
 * server's thread as two buffers that it transfers, not copies (a structured clone of as many strings, or of
 * one joined string, costs seconds and twice the memory: a Vietnamese text is two bytes a letter in V8 and
 * about one in UTF-8).
 *
 * The texts are well-formed (JSON texts and names read from decoded files); a lone surrogate would come back as
 * U+FFFD.
 */
export interface PackedTexts {
  readonly bytes: Uint8Array;
  readonly ends: Uint32Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * @example
 * const packed = packTexts(['{"a":1}', '', 'xin chào']);
 * textAt(packed, 2) // 'xin chào'
 */
export function packTexts(texts: readonly string[]): PackedTexts {
  const ends = new Uint32Array(texts.length);
  let end = 0;
  texts.forEach((text, i) => {
    end += Buffer.byteLength(text, 'utf8');
    ends[i] = end;
  });
  const bytes = new Uint8Array(end);
  let start = 0;
  for (const text of texts) start += encoder.encodeInto(text, bytes.subarray(start)).written;
  return { bytes, ends };
}

/**
 * The `i`-th text of a pack (undefined past its end).
 *
 * @example
 * textAt(packTexts(['một', 'hai']), 1) // 'hai'
 */
export function textAt(packed: PackedTexts, i: number): string | undefined {
  const end = packed.ends[i];
  return end === undefined ? undefined : decoder.decode(packed.bytes.subarray(i === 0 ? 0 : (packed.ends[i - 1] ?? 0), end));
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

/**
 * The buffers a pack is made of, to transfer to another thread (after which this thread's pack is empty).
 *
 * @example
 * worker.postMessage(result, buffersOf(packed));
 */
export function buffersOf(packed: PackedTexts): ArrayBuffer[] {
  return [packed.bytes.buffer as ArrayBuffer, packed.ends.buffer as ArrayBuffer];
}
