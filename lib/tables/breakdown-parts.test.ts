import { describe, expect, it } from 'vitest';
import { breakdownPartsOf, isBreakdownPart } from './breakdown-parts';
import { readReportTables } from './read-report-table';

/*
 * Figures from Đà Nẵng's statistical yearbook 2020, shares of mobile phone and Internet users (%), 2016 and 2017: each
 * indicator is broken down "Phân theo thành thị, nông thôn", and the Internet users follow the phone users' breakdown.
 * The layouts of the edge cases and the figures of the two-breakdowns case are ours.
 */
const RATES = [
  'Tỷ lệ người sử dụng điện thoại di động và Internet;;',
  '(ĐVT: %);;',
  ';2016;2017',
  'Tỷ lệ người sử dụng điện thoại đi động;87,72;96,57',
  'Phân theo thành thị, nông thôn;;',
  'Thành thị;95,70;97,79',
  'Nông thôn;34,03;88,32',
  'Tỷ lệ người sử dụng Internet;77,63;83,49',
  'Phân theo thành thị, nông thôn;;',
  'Thành thị;86,13;88,01',
  'Nông thôn;20,42;52,99',
];
const BY = 'Phân theo thành thị, nông thôn';

function sectionsOf(lines: readonly string[]): (string | null)[] {
  const r = readReportTables(lines.join('\n'), 'da-nang.csv');
  if (!r.ok) throw new Error(r.error.code);
  return r.value[0]?.rows.map((row) => row.section) ?? [];
}

describe('a row that is none of the parts a breakdown heading names is past the breakdown', () => {
  it.each<[string, string[], (string | null)[]]>([
    ['the yearbook as printed', RATES, [null, BY, BY, null, BY, BY]],
    ['under a part of the table', [...RATES.slice(0, 3), 'Xã hội;;', ...RATES.slice(3)], ['Xã hội', BY, BY, 'Xã hội', BY, BY]],
    ['the next indicator without a breakdown of its own', RATES.slice(0, 8), [null, BY, BY, null]],
  ])('%s', (_name, lines, sections) => {
    expect(sectionsOf(lines)).toEqual(sections);
  });
});

describe('edge cases', () => {
  it.each<[string, string[], (string | null)[]]>([
    // A heading that names no parts cannot tell: its section runs on, as before.
    ['a heading that names no parts', RATES.map((l) => l.replace(BY, 'Phân theo loại hình kinh tế')), [null, ...Array<string>(5).fill('Phân theo loại hình kinh tế')]],
    // Two breakdowns of one indicator: "Nữ" is a part of "giới tính", the next heading opens the second.
    [
      'two breakdowns of one indicator',
      [';2016;2017', 'Dân số trung bình;1.064;1.080', 'Phân theo giới tính;;', 'Nam;524;532', 'Nữ;540;548', BY + ';;', 'Thành thị - Urban;930;945', 'Nông thôn - Rural;134;135'],
      [null, 'Phân theo giới tính', 'Phân theo giới tính', BY, BY],
    ],
  ])('%s', (_name, lines, sections) => {
    expect(sectionsOf(lines).slice(-sections.length)).toEqual(sections);
  });

  it.each<[string, readonly string[] | null]>([
    ['Phân theo thành thị, nông thôn', ['thanh thi', 'nong thon']],
    ['Phân theo thành thị và nông thôn - By residence', ['thanh thi', 'nong thon']],
    ['Phân theo giới tính - By sex', ['nam', 'nu']],
    ['Phân theo loại hình kinh tế', null],
    ['Kinh tế', null],
  ])('breakdownPartsOf(%s)', (heading, parts) => {
    expect(breakdownPartsOf(heading)).toEqual(parts);
  });

  it.each<[string, boolean]>([
    ['Thành thị - Urban', true],
    ['Khu vực nông thôn', true],
    ['Tỷ lệ người sử dụng Internet', false],
    ['Thành thịnh', false],
  ])('isBreakdownPart(%s) → %s', (name, part) => {
    expect(isBreakdownPart(name, ['thanh thi', 'nong thon'])).toBe(part);
  });
});
