import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, csvEscapeCell, toCsv } from './csv';
import { startsLikeFormula } from './neutralise';
import type { CsvDelimiter, ExportCell, ExportSheet, NumberStyle } from './types';

const text = (t: string): ExportCell => ({ kind: 'text', text: t });
const num = (value: number, decimals: number): ExportCell => ({ kind: 'number', value, decimals });

describe('csvEscapeCell', () => {
  it.each<[ExportCell, CsvDelimiter, NumberStyle, string]>([
    [text('=HYPERLINK("x")'), ',', 'vi', `"'=HYPERLINK(""x"")"`],
    [text('=HYPERLINK("x")'), ';', 'plain', `"'=HYPERLINK(""x"")"`],
    [text('-12,5'), ';', 'vi', `'-12,5`],
    [text('@cmd'), ',', 'vi', `'@cmd`],
    [text('+1'), ',', 'vi', `'+1`],
    [text('\tx'), ',', 'vi', `'\tx`],
    [text('\rx'), ',', 'vi', `"'\rx"`],
    [num(-12.5, 1), ';', 'vi', '-12,5'],
    [num(-12.5, 1), ',', 'vi', '"-12,5"'],
    [num(-12.5, 1), ',', 'plain', '-12.5'],
    [num(3957.9, 1), ',', 'vi', '"3.957,9"'],
    [num(3957.9, 1), ';', 'vi', '3.957,9'],
    [num(3957.9, 1), ',', 'plain', '3957.9'],
    [num(1042100, 0), ';', 'vi', '1.042.100'],
    [text('Tăng 3,8 lần'), ',', 'vi', '"Tăng 3,8 lần"'],
    [text('Tăng 3,8 lần'), ';', 'vi', 'Tăng 3,8 lần'],
    [text('a;b'), ';', 'vi', '"a;b"'],
    [text('dòng 1\ndòng 2'), ';', 'vi', '"dòng 1\ndòng 2"'],
    [{ kind: 'empty' }, ',', 'vi', ''],
    [{ kind: 'number', value: 2015, decimals: 0, grouping: false }, ';', 'vi', '2015'],
    [{ kind: 'number', value: 2015, decimals: 0 }, ';', 'vi', '2.015'],
  ])('%j with %j (%s) → %s', (cell, delimiter, numberStyle, expected) => {
    expect(csvEscapeCell(cell, { delimiter, numberStyle })).toBe(expected);
  });
});

const SHEET: ExportSheet = {
  title: 'Bảng 2',
  columns: [
    { key: 'stt', header: 'STT', kind: 'text', width: 6 },
    { key: 'indicator', header: 'Chỉ tiêu', kind: 'text', width: 40 },
    { key: 'nam-2022', header: '2022', kind: 'number', width: 12 },
  ],
  rows: [
    { key: 'b:2', cells: [text('1'), text('Thu ngân sách'), num(3957.9, 1)], tone: 'ok' },
    { key: 'b:3', cells: [text('2'), text('=HYPERLINK("x")'), num(-12.5, 1)], tone: 'bad' },
  ],
};

describe('toCsv', () => {
  it('starts with the BOM, uses CRLF, and ends with a line break', () => {
    const csv = toCsv(SHEET, { delimiter: ';', numberStyle: 'vi', bom: true });
    expect(csv).toBe(`${BOM}STT;Chỉ tiêu;2022\r\n1;Thu ngân sách;3.957,9\r\n2;"'=HYPERLINK(""x"")";-12,5\r\n`);
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('writes plain numbers with a comma delimiter and no BOM when asked', () => {
    const csv = toCsv(SHEET, { delimiter: ',', numberStyle: 'plain', bom: false });
    expect(csv).toBe(`STT,Chỉ tiêu,2022\r\n1,Thu ngân sách,3957.9\r\n2,"'=HYPERLINK(""x"")",-12.5\r\n`);
  });

  it('quotes vi numbers when the delimiter is a comma, so a CSV reader keeps them whole', () => {
    const csv = toCsv(SHEET, { delimiter: ',', numberStyle: 'vi', bom: true });
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', skipEmptyLines: true });
    expect(parsed.data[1]).toEqual(['1', 'Thu ngân sách', '3.957,9']);
    expect(parsed.data[2]).toEqual(['2', `'=HYPERLINK("x")`, '-12,5']);
  });
});

describe('edge cases', () => {
  it('an empty sheet is the header line only', () => {
    const csv = toCsv({ ...SHEET, rows: [] }, { delimiter: ',', numberStyle: 'vi', bom: false });
    expect(csv).toBe('STT,Chỉ tiêu,2022\r\n');
  });

  it('neutralises a header that starts like a formula', () => {
    const sheet: ExportSheet = { ...SHEET, columns: [{ key: 'x', header: '=x', kind: 'text', width: 4 }], rows: [] };
    expect(toCsv(sheet, { delimiter: ',', numberStyle: 'vi', bom: false })).toBe(`'=x\r\n`);
  });

  it('property: any text survives a CSV round trip (after neutralising), whatever the delimiter', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ minLength: 1 }), { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom<CsvDelimiter>(',', ';'),
        (texts, delimiter) => {
          const sheet: ExportSheet = {
            title: 't',
            columns: [
              { key: 'a', header: 'a', kind: 'text', width: 1 },
              { key: 'b', header: 'b', kind: 'text', width: 1 },
            ],
            rows: texts.map((pair, i) => ({ key: String(i), cells: pair.map(text), tone: null })),
          };
          const csv = toCsv(sheet, { delimiter, numberStyle: 'vi', bom: false });
          const parsed = Papa.parse<string[]>(csv, { delimiter, newline: '\r\n' });
          const rows = parsed.data.slice(1, texts.length + 1);
          rows.forEach((row, i) => {
            row.forEach((field, j) => {
              const original = texts[i]?.[j] ?? '';
              expect(field === original || field === `'${original}`).toBe(true);
              expect(startsLikeFormula(field)).toBe(false);
            });
          });
        },
      ),
    );
  });
});
