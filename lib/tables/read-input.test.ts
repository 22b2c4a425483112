import { describe, expect, it } from 'vitest';
import { MAX_ROWS, prepareInput } from './read-input';
import { MAX_BYTES } from './decode-bytes';
import { encodeText } from './testing/encode-text';

describe('prepareInput', () => {
  it.each<[string, string | Uint8Array, string, string, number]>([
    ['a string', 'a;b\n1;2\n', 'utf-8', ';', 2],
    ['UTF-8 bytes with BOM', encodeText('a,b\r\n1,2\r\n', 'utf-8-bom'), 'utf-8-bom', ',', 2],
    ['UTF-16 BE tab text', encodeText('a\tb\n1\t2', 'utf-16be'), 'utf-16be', '\t', 2],
    ['Windows-1258', encodeText('Chỉ tiêu;Năm\nGDP;2009\n', 'windows-1258'), 'windows-1258', ';', 2],
  ])('splits %s', (_name, input, encoding, delimiter, count) => {
    const r = prepareInput(input, 'x.csv');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ file: 'x.csv', encoding, delimiter });
    expect(r.value.records).toHaveLength(count);
  });
});

describe('edge cases', () => {
  it('has the documented default limits', () => {
    expect(MAX_BYTES).toBe(10 * 1024 * 1024);
    expect(MAX_ROWS).toBe(100_000);
  });

  it('checks the size before decoding', () => {
    const r = prepareInput(new Uint8Array(2048).fill(0), 'x.bin', { maxBytes: 1024 });
    expect(r.ok ? null : r.error.code).toBe('too-large');
  });

  it('NFC-normalises a string input', () => {
    const r = prepareInput('Chỉ tiêu;Năm'.normalize('NFD'), 'x.csv');
    expect(r.ok && r.value.records[0]).toEqual(['Chỉ tiêu', 'Năm']);
  });
});
