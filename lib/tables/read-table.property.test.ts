import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTable } from './read-table';
import { describeTableProblem } from './messages';

/*
 * Bad input never crashes: any bytes or text give either a table or a one-line refusal that
 * starts with the file name.
 */

const csvChar = fc.constantFrom(...'Chỉ tiêuNăm2009 so sánh với,;\t\n\r"-…%.0123456789abcĐVTindicatoryearvalue');

function expectReadable(input: Uint8Array | string): void {
  const r = readTable(input, 'x.csv');
  if (r.ok) {
    expect(r.value.file).toBe('x.csv');
    for (const w of r.value.warnings) expect(describeTableProblem(w, 'vi').startsWith('x.csv')).toBe(true);
    return;
  }
  expect(describeTableProblem(r.error, 'vi').startsWith('x.csv')).toBe(true);
  expect(describeTableProblem(r.error, 'vi')).not.toContain('\n');
}

describe('readTable never throws', () => {
  it('on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => expectReadable(bytes)), { numRuns: 300 });
  });

  it('on random CSV-like text', () => {
    fc.assert(fc.property(fc.string({ unit: csvChar, maxLength: 300 }), (text) => expectReadable(text)), { numRuns: 300 });
  });

  it('on random tables with a valid header and random rows', () => {
    const cell = fc.string({ unit: csvChar, maxLength: 12 });
    const rows = fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 8 });
    fc.assert(
      fc.property(rows, fc.constantFrom(',', ';', '\t'), (body, d) => {
        const text = ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2009', 'Năm 2022', 'So sánh'].join(d) + '\n' + body.map((r) => r.join(d)).join('\n');
        expectReadable(text);
      }),
      { numRuns: 300 },
    );
  });
});
