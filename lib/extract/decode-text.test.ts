import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeMessage, decodeText } from './decode-text';

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

  it.each<[string, Uint8Array, string]>([
    ['no bytes', new Uint8Array(0), 'empty'],
    ['only spaces and a BOM', new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0a]), 'empty'],
    ['a PDF', utf8('%PDF-1.7\n…'), 'pdf'],
    ['a zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'zip'],
    ['NUL bytes', new Uint8Array([0x41, 0x00, 0x42]), 'binary'],
    ['Windows-1258 bytes', new Uint8Array([0x4e, 0xe3, 0x6d]), 'not-utf8'],
    ['UTF-16 with an odd byte count', new Uint8Array([0xff, 0xfe, 0x41]), 'binary'],
  ])('refuses %s', (_name, bytes, reason) => {
    expect(decodeText(bytes)).toEqual({ ok: false, reason });
  });
});

describe('edge cases', () => {
  it('decodes any text written as UTF-8 or UTF-16 back to its NFC form (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), fc.constantFrom('utf-8', 'utf-16le', 'utf-16be'), (text, encoding) => {
        // Grammar: one control character U+0000–U+0008 or U+000E–U+001F (tab, newlines and form feed stay).
        // Example: "a\u0001b" becomes "ab"; "a\nb" stays.
        const clean = text.replace(/[\u0000-\u0008\u000e-\u001f]/gu, '');
        fc.pre(clean.trim() !== '' && !clean.startsWith('%PDF') && !clean.startsWith('PK') && !clean.startsWith('\uFEFF'));
        const bytes = encoding === 'utf-8' ? utf8(clean) : utf16(clean, encoding === 'utf-16be');
        const decoded = decodeText(bytes);
        return decoded.ok && decoded.text === clean.normalize('NFC');
      }),
    );
  });

  it.each([
    ['empty', 'bao-cao.txt: tệp không có nội dung'],
    ['pdf', 'bao-cao.txt: đây là tệp PDF; hãy chép văn bản ra tệp .txt (UTF-8) hoặc lưu thành .docx'],
    ['not-utf8', 'bao-cao.txt: không đọc được bảng mã; hãy lưu tệp dạng UTF-8 hoặc UTF-16 có BOM'],
  ] as const)('names the file for %s', (reason, message) => {
    expect(decodeMessage('bao-cao.txt', reason)).toBe(message);
  });
});
