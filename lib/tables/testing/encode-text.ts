import iconv from 'iconv-lite';
import type { Encoding } from '../types';

/*
 * Test helper: builds the bytes Excel and other tools write, so the readers can be tested on
 * real encodings. Not used by the readers themselves.
 */

/** The five Vietnamese tone marks, which Windows-1258 writes as separate combining characters. */
const TONE_MARKS: ReadonlySet<string> = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

/**
 * Rewrites text the way Windows-1258 stores it: each letter as its base (with circumflex, breve
 * or horn precomposed: â ê ô ă ơ ư) followed by its tone mark as a combining character.
 *
 * @example
 * toWindows1258Form('ế'); // 'ê\u0301'
 */
export function toWindows1258Form(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const parts = [...ch.normalize('NFD')];
    const tones = parts.filter((p) => TONE_MARKS.has(p));
    const base = parts.filter((p) => !TONE_MARKS.has(p)).join('').normalize('NFC');
    out += base + tones.join('');
  }
  return out;
}

/**
 * Encodes text as a file in the given encoding, with the BOM that encoding's files carry.
 *
 * @example
 * encodeText('Năm', 'utf-16le'); // Uint8Array [0xff, 0xfe, 0x4e, 0x00, …]
 */
export function encodeText(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    case 'utf-16le':
      return Uint8Array.from([0xff, 0xfe, ...iconv.encode(text, 'utf16le')]);
    case 'utf-16be':
      return Uint8Array.from([0xfe, 0xff, ...iconv.encode(text, 'utf16be')]);
    case 'windows-1258':
      return Uint8Array.from(iconv.encode(toWindows1258Form(text), 'windows1258'));
  }
}

/** Every encoding the readers accept. */
export const ENCODINGS: readonly Encoding[] = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1258'];
