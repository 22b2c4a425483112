import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from '../tables/collapse-whitespace';
import { readTable } from '../tables/read-table';
import type { Delimiter, Encoding } from '../tables/types';
import { describeTableProblem } from '../tables/messages';

/*
 * Property: a random report table, serialised to CSV in every supported encoding, delimiter
 * and line end (RFC 4180 quoting), reads back as the same rows: same STT, indicator, unit,
 * value cells (text and number), claim, years and comparison, and the encoding and delimiter
 * are detected as written. This is the upload path: bytes in, rows out.
 */

const CONSONANTS = [...'bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX'];
const VOWELS = [...'aăâeêioôơuưyAĂÂEÊIOÔƠUƯY'];
/** Grave, acute, tilde, hook above, dot below. */
const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const UNITS = ['Tỷ đồng', '%', 'Người', 'Nghìn tấn', 'Triệu USD', 'Bác sĩ/vạn dân'];
const CLAIMS = ['Tăng 3,8 lần', 'Giảm 20%', 'Tăng', 'Bình quân tăng 7%/năm', 'Tăng 6 điểm phần trăm', 'Tăng mạnh'];
const ENCODINGS: readonly Encoding[] = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1258'];
const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];
const LINE_ENDS = ['\n', '\r\n', '\r'] as const;

const syllable = fc
  .tuple(fc.constantFrom(...CONSONANTS), fc.constantFrom(...VOWELS), fc.constantFrom(...TONES), fc.constantFrom('', 'n', 'ng', 'c', 't', 'nh'))
  .map(([c, v, tone, end]) => `${c}${(v + tone).normalize('NFC')}${end}`);

/** Names with the characters that need quoting: delimiters, quotes, a line break, double spaces. */
const name = fc
  .tuple(
    fc.array(syllable, { minLength: 1, maxLength: 5 }),
    fc.constantFrom('', ';', ',', ' "A"', '\n', '  ', '\t', ' (x)'),
    fc.boolean(),
  )
  .map(([words, extra, nfd]) => {
    const text = `Mục ${words.join(' ')}${extra}${words[0] ?? ''}`;
    return nfd ? text.normalize('NFD') : text;
  });

interface Cell {
  readonly text: string;
  readonly value: number | null;
}

/** A value as a Vietnamese file writes it without grouping (`-12,5`), or `-` for missing. */
const valueCell = fc.oneof(
  { weight: 9, arbitrary: fc.tuple(fc.integer({ min: -9_999_999, max: 99_999_999 }), fc.integer({ min: 0, max: 2 })) },
  { weight: 1, arbitrary: fc.constant(null) },
).map((v): Cell => {
  if (v === null) return { text: '-', value: null };
  const [units, decimals] = v;
  const negative = units < 0;
  const digits = String(Math.abs(units)).padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const text = `${negative ? '-' : ''}${whole}${decimals > 0 ? `,${digits.slice(-decimals)}` : ''}`;
  return { text, value: units / 10 ** decimals };
});

interface Row {
  readonly indicator: string;
  readonly unit: string;
  readonly values: readonly Cell[];
  readonly claim: string | null;
}

const table = fc
  .uniqueArray(fc.integer({ min: 1990, max: 2030 }), { minLength: 2, maxLength: 4 })
  .map((years) => [...years].sort((a, b) => a - b))
  .chain((years) =>
    fc.record({
      years: fc.constant(years),
      rows: fc.array(
        fc.record({
          indicator: name,
          unit: fc.constantFrom(...UNITS),
          values: fc.array(valueCell, { minLength: years.length, maxLength: years.length }),
          claim: fc.option(fc.constantFrom(...CLAIMS), { nil: null }),
        }),
        { minLength: 1, maxLength: 12 },
      ),
    }),
  )
  // A row whose values are all missing and that has no claim is a section heading, not a row.
  .filter((t) => t.rows.every((r) => r.claim !== null || r.values.some((v) => v.value !== null)));

function quote(cell: string, delimiter: Delimiter): string {
  const needs = cell.includes(delimiter) || cell.includes('"') || cell.includes('\n') || cell.includes('\r');
  return needs ? `"${cell.replaceAll('"', '""')}"` : cell;
}

function serialise(years: readonly number[], rows: readonly Row[], delimiter: Delimiter, lineEnd: string): string {
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? 0;
  const header = ['STT', 'Chỉ tiêu', 'Đơn vị tính', ...years.map((y) => `Năm ${y}`), `Năm ${last} so với năm ${first}`];
  const lines = [header, ...rows.map((r, i) => [String(i + 1), r.indicator, r.unit, ...r.values.map((v) => v.text), r.claim ?? ''])];
  return lines.map((cells) => cells.map((c) => quote(c, delimiter)).join(delimiter)).join(lineEnd) + lineEnd;
}

/**
 * Windows-1258 keeps the base letters â ê ô ă ơ ư precomposed and the five tone marks as
 * combining characters, so each NFC syllable is rewritten in that form before encoding.
 */
function toWindows1258Form(text: string): string {
  const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const parts = [...ch.normalize('NFD')];
    const base = parts.filter((p) => !TONE_MARKS.has(p)).join('').normalize('NFC');
    const tones = parts.filter((p) => TONE_MARKS.has(p)).join('');
    out += base + tones;
  }
  return out;
}

function encode(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    case 'utf-16le':
      return new Uint8Array([0xff, 0xfe, ...iconv.encode(text, 'utf-16le')]);
    case 'utf-16be':
      return new Uint8Array([0xfe, 0xff, ...iconv.encode(text, 'utf-16be')]);
    case 'windows-1258':
      return new Uint8Array(iconv.encode(toWindows1258Form(text), 'windows1258'));
  }
}

describe('CSV round trip (every encoding × delimiter × line end)', () => {
  it('the Windows-1258 form encodes every generated character', () => {
    fc.assert(
      fc.property(name, (n) => {
        const decoded = iconv.decode(iconv.encode(toWindows1258Form(n), 'windows1258'), 'windows1258');
        expect(decoded.normalize('NFC')).toBe(n.normalize('NFC'));
      }),
    );
  });

  it('reads back the same rows', () => {
    fc.assert(
      fc.property(
        table,
        fc.constantFrom(...ENCODINGS),
        fc.constantFrom(...DELIMITERS),
        fc.constantFrom(...LINE_ENDS),
        ({ years, rows }, encoding, delimiter, lineEnd) => {
          const bytes = encode(serialise(years, rows, delimiter, lineEnd), encoding);
          const read = readTable(bytes, 'bang.csv');
          if (!read.ok) throw new Error(describeTableProblem(read.error, 'vi'));
          expect(read.value.kind).toBe('report');
          if (read.value.kind !== 'report') return;
          const t = read.value;
          expect(t.meta.encoding).toBe(encoding);
          expect(t.meta.delimiter).toBe(delimiter);
          expect(t.years).toEqual(years);
          expect(t.compare).toMatchObject({ from: years[0], to: years[years.length - 1] });
          expect(t.rows.map((r) => r.stt)).toEqual(rows.map((_, i) => String(i + 1)));
          expect(t.rows.map((r) => r.indicator)).toEqual(rows.map((r) => collapseWhitespace(r.indicator.normalize('NFC'))));
          expect(t.rows.map((r) => r.unit)).toEqual(rows.map((r) => r.unit));
          expect(t.rows.map((r) => r.claim)).toEqual(rows.map((r) => r.claim));
          t.rows.forEach((row, i) => {
            years.forEach((year, y) => {
              const cell = rows[i]?.values[y];
              expect(row.values[year]?.raw).toBe(cell?.text);
              const parsed = row.values[year]?.parsed;
              if (cell?.value === null) expect(parsed?.ok).toBe(false);
              else expect(parsed?.ok && parsed.value).toBeCloseTo(cell?.value ?? Number.NaN, 9);
            });
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('edge cases', () => {
  it.each(ENCODINGS.flatMap((e) => DELIMITERS.map((d) => [e, d] as const)))('a fixed table in %s with %j', (encoding, delimiter) => {
    const rows: Row[] = [
      { indicator: 'GDP bình quân đầu người', unit: 'Triệu đồng', values: [{ text: '10,6', value: 10.6 }, { text: '39,8', value: 39.8 }], claim: 'Tăng 3,8 lần' },
      { indicator: 'Thu; chi "ngân sách"', unit: 'Tỷ đồng', values: [{ text: '-', value: null }, { text: '1563,7', value: 1563.7 }], claim: null },
    ];
    const read = readTable(encode(serialise([2009, 2022], rows, delimiter, '\r\n'), encoding), 'bang.csv');
    expect(read.ok && read.value.kind === 'report' && read.value.rows.map((r) => [r.indicator, r.values[2022]?.raw])).toEqual([
      ['GDP bình quân đầu người', '39,8'],
      ['Thu; chi "ngân sách"', '1563,7'],
    ]);
  });
});
