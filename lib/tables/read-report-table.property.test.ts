import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../claims/normalize-text';
import { readReportTable } from './read-report-table';
import { ENCODINGS, encodeText } from './testing/encode-text';
import type { Delimiter, Encoding } from './types';
import { describeTableProblem } from './messages';

/*
 * Round trip: random small report tables, written as Excel would (RFC 4180 quoting) with each
 * delimiter, line end and encoding, read back to the same rows and values.
 */

const VIETNAMESE = 'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐỆỘỮ';
const ASCII = 'abcXYZ0189 .-()%/';
const TRICKY = '",;\t\n';
const textChar = fc.constantFrom(...VIETNAMESE, ...ASCII, ...TRICKY, '\r\n');

const WORDS = ['Thu ngân sách', 'Tổng vốn', 'Tỷ lệ hộ nghèo', 'Sản lượng', 'GDP bình quân', 'Kim ngạch'];
const UNITS = ['Tỷ đồng', 'Triệu USD', '%', 'Nghìn tấn', 'Triệu đồng/ha', '‰'];

interface WrittenNumber {
  readonly text: string;
  readonly value: number;
  readonly decimals: number;
}

/** A number as a Vietnamese table writes it: `.` groups thousands, `,` is the decimal mark. */
const viNumber: fc.Arbitrary<WrittenNumber> = fc
  .record({
    int: fc.integer({ min: 0, max: 99_999_999 }),
    frac: fc.integer({ min: 0, max: 99 }),
    decimals: fc.integer({ min: 0, max: 2 }),
    negative: fc.boolean(),
  })
  .map(({ int, frac, decimals, negative }) => {
    const fraction = decimals === 0 ? '' : String(frac % 10 ** decimals).padStart(decimals, '0');
    const magnitude = Number(fraction === '' ? `${int}` : `${int}.${fraction}`);
    // Grammar: a position inside the digits (\B) followed by whole groups of three digits to the end.
    // Example: "1042100" → "1.042.100".
    const grouped = String(int).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    const sign = negative && magnitude !== 0 ? '-' : '';
    return {
      text: `${sign}${grouped}${fraction === '' ? '' : `,${fraction}`}`,
      value: sign === '-' ? -magnitude : magnitude,
      decimals,
    };
  });

const missing = fc.constantFrom('', '-', '…');

const row = fc.record({
  indicator: fc.tuple(fc.constantFrom(...WORDS), fc.string({ unit: textChar, maxLength: 12 })).map(([w, s]) => `${w} ${s}`),
  unit: fc.constantFrom(...UNITS),
  from: viNumber,
  to: fc.option(viNumber, { nil: null }),
  toMissing: missing,
  claim: fc.string({ unit: textChar, maxLength: 16 }),
});

const table = fc.record({
  rows: fc.array(row, { minLength: 1, maxLength: 6 }),
  delimiter: fc.constantFrom<Delimiter>(',', ';', '\t'),
  lineEnd: fc.constantFrom('\n', '\r\n', '\r'),
  encoding: fc.constantFrom<Encoding>(...ENCODINGS),
  multiLineHeader: fc.boolean(),
  title: fc.boolean(),
  quoteAll: fc.boolean(),
  nfd: fc.boolean(),
});

function quote(cell: string, delimiter: Delimiter, quoteAll: boolean): string {
  const needs = quoteAll || cell.includes(delimiter) || cell.includes('"') || cell.includes('\n') || cell.includes('\r');
  return needs ? `"${cell.replaceAll('"', '""')}"` : cell;
}

describe('readReportTable round trip', () => {
  it('reads back the rows and values it was given, in every delimiter, line end and encoding', () => {
    fc.assert(
      fc.property(table, (t) => {
        const header = t.multiLineHeader
          ? ['Số\nTT', 'Chỉ tiêu', 'Đơn vị\ntính', 'Năm\n2009', 'Năm\n2022', 'Năm 2022\nso sánh với\nnăm 2009']
          : ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2009', 'Năm 2022', 'Năm 2022 so sánh với năm 2009'];
        const records: string[][] = [header];
        t.rows.forEach((r, i) => {
          records.push([String(i + 1), r.indicator, r.unit, r.from.text, r.to?.text ?? r.toMissing, r.claim]);
        });
        const lines = records.map((cells) => cells.map((c) => quote(c, t.delimiter, t.quoteAll)).join(t.delimiter));
        if (t.title) lines.unshift('BẢNG 1. MỘT SỐ CHỈ TIÊU');
        const text = lines.join(t.lineEnd) + t.lineEnd;
        const bytes = encodeText(t.nfd ? text.normalize('NFD') : text, t.encoding);

        const r = readReportTable(bytes, 'bang.csv');
        if (!r.ok) throw new Error(describeTableProblem(r.error, 'vi'));
        const read = r.value;
        expect(read.meta.encoding).toBe(t.encoding);
        expect(read.meta.delimiter).toBe(t.delimiter);
        expect(read.compare).toEqual({ from: 2009, to: 2022 });
        expect(read.warnings).toEqual([]);
        expect(read.rows).toHaveLength(t.rows.length);
        t.rows.forEach((expected, i) => {
          const got = read.rows[i];
          const claim = normalizeText(expected.claim);
          expect(got?.stt).toBe(String(i + 1));
          expect(got?.indicator).toBe(normalizeText(expected.indicator));
          expect(got?.unit).toBe(expected.unit);
          expect(got?.claim).toBe(claim === '' ? null : claim);
          expect(got?.values[2009]?.raw).toBe(expected.from.text);
          expect(got?.values[2009]?.parsed).toMatchObject({ ok: true, value: expected.from.value, decimals: expected.from.decimals });
          expect(got?.values[2022]?.parsed).toMatchObject(
            expected.to === null
              ? { ok: false, reason: 'missing' }
              : { ok: true, value: expected.to.value, decimals: expected.to.decimals },
          );
        });
      }),
      { numRuns: 300 },
    );
  });
});
