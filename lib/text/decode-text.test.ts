import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { checkDecoded, decodeText } from './decode-text';
import { composeOiLetters } from './oi-letters';

// A sentence in our own words with a figure from the seed report (Cao Bằng, export turnover 2022).
const TEXT = 'Năm 2022 đạt 845,5 triệu USD, tăng 51,8%.';

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 + 2 * i] = bigEndian ? code >> 8 : code & 0xff;
    out[3 + 2 * i] = bigEndian ? code & 0xff : code >> 8;
  }
  return out;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it.each<[string, Uint8Array, string]>([
    ['UTF-8', utf8(TEXT), 'utf-8'],
    ['UTF-8 with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]), 'utf-8-bom'],
    ['UTF-16 LE with a BOM', utf16(TEXT, false), 'utf-16le'],
    ['UTF-16 BE with a BOM', utf16(TEXT, true), 'utf-16be'],
    ['decomposed UTF-8 (composed on reading)', utf8(TEXT.normalize('NFD')), 'utf-8'],
  ])('reads %s', (_name, bytes, encoding) => {
    expect(decodeText(bytes)).toEqual({ ok: true, text: TEXT, encoding });
  });

  it.each([
    ['Kinh tế Nhà nƣớc', 'Kinh tế Nhà nước'],
    ['tăng trƣởng 7,6%', 'tăng trưởng 7,6%'],
    ['số ngƣ\u0300ời', 'số ngừời'],
    ['ƣ\u0301', 'ứ'],
  ])('reads a PDF\'s "ƣ" as "ư": %s', (raw, text) => {
    expect(decodeText(utf8(raw))).toEqual({ ok: true, text, encoding: 'utf-8' });
  });

  it('reads Windows-1258 with its separate tone marks as NFC letters', () => {
    // "Năm Tiếng": ă = 0xE3; ê = 0xEA followed by the combining acute 0xEC.
    const bytes = Uint8Array.from([0x4e, 0xe3, 0x6d, 0x20, 0x54, 0x69, 0xea, 0xec, 0x6e, 0x67]);
    expect(decodeText(bytes)).toEqual({ ok: true, text: 'Năm Tiếng', encoding: 'windows-1258' });
  });

  it.each<[string, Uint8Array, string]>([
    ['no bytes', new Uint8Array(0), 'empty'],
    ['only spaces and a BOM', new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0a]), 'empty'],
    ['a UTF-16 BOM only', new Uint8Array([0xff, 0xfe]), 'empty'],
    ['a PDF', utf8('%PDF-1.7\n…'), 'pdf'],
    ['a zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'zip'],
    ['an old Office file', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'ole'],
    ['NUL bytes', new Uint8Array([0x41, 0x00, 0x42]), 'binary'],
    ['UTF-16 without a BOM', Uint8Array.from(iconv.encode('Chỉ tiêu;Năm', 'utf16le')), 'binary'],
    ['UTF-16 with an odd byte count', new Uint8Array([0xff, 0xfe, 0x41]), 'binary'],
    ['mostly control characters', new Uint8Array([0x01, 0x02, 0x03, 0x41, 0x42, 0x1b, 0x7f, 0x43]), 'binary'],
  ])('refuses %s', (_name, bytes, reason) => {
    expect(decodeText(bytes)).toEqual({ ok: false, reason });
  });
});

describe('checkDecoded', () => {
  it.each<[string, string, ReturnType<typeof checkDecoded>]>([
    ['strips a leading U+FEFF', '\ufeffa;b', { ok: true, text: 'a;b', encoding: 'utf-8' }],
    ['refuses blank text', ' \r\n\t', { ok: false, reason: 'empty' }],
    ['composes NFD text', TEXT.normalize('NFD'), { ok: true, text: TEXT, encoding: 'utf-8' }],
    ['refuses text made mostly of replacement characters', '\uFFFD ', { ok: false, reason: 'binary' }],
  ])('%s', (_name, text, expected) => {
    expect(checkDecoded(text, 'utf-8')).toEqual(expected);
  });
});

describe('edge cases', () => {
  it('decodes any text written as UTF-8 or UTF-16 back to its NFC form, a PDF font\'s "ƣ" read as "ư" (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), fc.constantFrom('utf-8', 'utf-16le', 'utf-16be'), (text, encoding) => {
        // Grammar: one control character U+0000–U+0008, U+000E–U+001F or U+007F (tab, line ends and form feed stay),
        // or U+FFFD, the replacement character, which the decoder counts as a sign of binary data like them.
        // Example: "a\u0001b" and "a\uFFFDb" become "ab"; "a\nb" stays.
        const clean = text.replace(/[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/gu, '');
        fc.pre(clean.trim() !== '' && !clean.startsWith('%PDF') && !clean.startsWith('PK') && !clean.startsWith('\uFEFF'));
        const bytes = encoding === 'utf-8' ? utf8(clean) : utf16(clean, encoding === 'utf-16be');
        const decoded = decodeText(bytes);
        return decoded.ok && decoded.text === composeOiLetters(clean.normalize('NFC'));
      }),
    );
  });

  it('accepts a stray control character in a long text', () => {
    const text = `${'Chỉ tiêu;Năm 2022\n'.repeat(200)}\u0001`;
    const decoded = decodeText(utf8(text));
    expect(decoded.ok && decoded.text.length).toBe(text.length);
  });

  it('falls back to Windows-1258 only when the bytes are not valid UTF-8', () => {
    // 0xC3 0xA2 is "â" in UTF-8; 0xE2 alone is "â" in Windows-1258.
    expect(decodeText(Uint8Array.from([0xc3, 0xa2]))).toEqual({ ok: true, text: 'â', encoding: 'utf-8' });
    expect(decodeText(Uint8Array.from([0xe2, 0x20, 0x61]))).toEqual({ ok: true, text: 'â a', encoding: 'windows-1258' });
  });
});
