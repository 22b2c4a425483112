import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { checkSize, checkText, decodeBytes, MAX_BYTES } from './decode-bytes';
import { encodeText } from './testing/encode-text';
import type { Encoding } from './types';
import { describeTableProblem } from './messages';

const TEXT = 'STT;Chỉ tiêu;Đơn vị tính;Năm 2009;Năm 2022\n1;Thu ngân sách trên địa bàn;Tỷ đồng;393,6;3.957,9\n';

function decodeOk(bytes: Uint8Array): { text: string; encoding: Encoding } {
  const r = decodeBytes(bytes, 'bang.csv');
  if (!r.ok) throw new Error(describeTableProblem(r.error, 'vi'));
  return r.value;
}

function decodeError(bytes: Uint8Array): { code: string; message: string } {
  const r = decodeBytes(bytes, 'bang.csv');
  if (r.ok) throw new Error('expected an error');
  return { code: r.error.code, message: describeTableProblem(r.error, 'vi') };
}

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  it.each<[Encoding]>([['utf-8'], ['utf-8-bom'], ['utf-16le'], ['utf-16be'], ['windows-1258']])(
    'decodes %s to the same NFC text',
    (encoding) => {
      const out = decodeOk(encodeText(TEXT, encoding));
      expect(out.encoding).toBe(encoding);
      expect(out.text).toBe(TEXT);
    },
  );

  it('reads Windows-1258 combining tone marks as NFC letters', () => {
    // "Tiê" + U+0301 written as 1258 bytes: ê = 0xEA, combining acute = 0xEC.
    const out = decodeOk(Uint8Array.from([0x54, 0x69, 0xea, 0xec, 0x6e, 0x67]));
    expect(out).toEqual({ text: 'Tiếng', encoding: 'windows-1258' });
  });

  it('NFC-normalises decomposed (NFD) UTF-8', () => {
    const out = decodeOk(ascii(TEXT.normalize('NFD')));
    expect(out.text).toBe(TEXT);
  });
});

describe('decodeBytes: refusals', () => {
  it.each<[string, Uint8Array, string, string[]]>([
    ['0 bytes', new Uint8Array(0), 'empty-file', ['rỗng']],
    ['a UTF-8 BOM only', Uint8Array.from([0xef, 0xbb, 0xbf]), 'empty-file', ['rỗng']],
    ['a UTF-16 BOM only', Uint8Array.from([0xff, 0xfe]), 'empty-file', ['rỗng']],
    ['blank lines', ascii(' \r\n\t\n'), 'empty-file', ['rỗng']],
    ['a PDF', ascii('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'not-text', ['PDF']],
    ['an XLSX (zip)', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), 'not-text', ['Excel', '.xlsx', 'CSV', 'XLSX']],
    ['an old .xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'not-text', ['.xls']],
    [
      'Excel XML Spreadsheet 2003',
      ascii('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'),
      'not-text',
      ['XML'],
    ],
    [
      'Excel XML with BOM',
      Uint8Array.from([0xef, 0xbb, 0xbf, ...ascii('<?xml version="1.0"?><ss:Workbook xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">')]),
      'not-text',
      ['XML'],
    ],
    ['an Excel web page', ascii('<html xmlns:x="urn:schemas-microsoft-com:office:excel"><table>'), 'not-text', ['HTML']],
    ['binary with NUL bytes', Uint8Array.from([0x41, 0x00, 0x42, 0x00, 0x43]), 'not-text', ['nhị phân']],
    ['UTF-16 without BOM', Uint8Array.from(iconv.encode('Chỉ tiêu;Năm', 'utf16le')), 'not-text', ['nhị phân']],
    ['control characters', Uint8Array.from([0x01, 0x02, 0x03, 0x41, 0x42, 0x1b, 0x7f, 0x43]), 'not-text', ['nhị phân']],
  ])('refuses %s', (_name, bytes, code, fragments) => {
    const error = decodeError(bytes);
    expect(error.code).toBe(code);
    expect(error.message.startsWith('bang.csv: ')).toBe(true);
    for (const fragment of fragments) expect(error.message).toContain(fragment);
    expect(error.message).not.toContain('\n');
  });
});

describe('checkSize', () => {
  it.each<[number, number, boolean]>([
    [10, 10, true],
    [11, 10, false],
    [0, 10, true],
  ])('%i bytes against a limit of %i: ok=%s', (size, limit, ok) => {
    expect(checkSize(new Uint8Array(size), limit, 'bang.csv').ok).toBe(ok);
  });

  it('names the file and both sizes in megabytes', () => {
    const r = checkSize(new Uint8Array(MAX_BYTES + 1024 * 1024), MAX_BYTES, 'lon.csv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('too-large');
    expect(describeTableProblem(r.error, 'vi')).toBe('lon.csv: tệp quá lớn (11 MB); giới hạn là 10 MB.');
  });
});

describe('edge cases', () => {
  it('keeps a lone BOM-less UTF-8 file that is pure ASCII as utf-8', () => {
    expect(decodeOk(ascii('a,b\n1,2')).encoding).toBe('utf-8');
  });

  it('falls back to Windows-1258 only when the bytes are not valid UTF-8', () => {
    // 0xC3 0xA2 is "â" in UTF-8; 0xE2 alone is "â" in Windows-1258.
    expect(decodeOk(Uint8Array.from([0xc3, 0xa2])).text).toBe('â');
    expect(decodeOk(Uint8Array.from([0xe2, 0x20, 0x61])).text).toBe('â a');
  });

  it('checkText strips a leading U+FEFF from a string', () => {
    const r = checkText('\ufeffa;b', 'utf-8', 'x.csv');
    expect(r.ok && r.value.text).toBe('a;b');
  });

  it('accepts an XML file that is not a spreadsheet as text (it then has no table)', () => {
    expect(decodeOk(ascii('<?xml version="1.0"?><note>Chỉ tiêu</note>')).text).toContain('<note>');
  });

  it('does not take an ordinary XML-looking cell for a spreadsheet', () => {
    expect(decodeOk(ascii('Chỉ tiêu;Ghi chú\nA;<?xml là thẻ\n')).text).toContain('<?xml');
  });

  it('accepts a few control characters in a large text', () => {
    const text = `${'Chỉ tiêu;Năm 2022\n'.repeat(200)}\u0001`;
    expect(decodeOk(ascii(text)).text.length).toBe(text.length);
  });
});
