import { describe, expect, it } from 'vitest';
import { checkFiles } from './check-files';
import type { RowResult } from './result';

/*
 * Warnings on cells that read two ways ("3.600": three thousand six hundred, or three point six). A cell kept as
 * thousands is worth a warning only when it is one the claim reads and the other reading would change the verdict.
 * The layout is that of a province's monthly report form (plan of the year, the months of last year and this year,
 * against the same time and against the plan); our figures.
 */
function rowsOf(csv: string): RowResult[] {
  const out = checkFiles([{ name: 'bieu.csv', bytes: csv }]);
  if (!out.ok) throw new Error(out.error.code);
  return out.results.filter((r) => r.verdict !== 'none');
}

const HEADER = 'Chỉ tiêu;Đơn vị tính;Kế hoạch năm 2023;Thực hiện 9 tháng 2022;Thực hiện 9 tháng 2023';

describe('warnings on ambiguous cells', () => {
  it.each<[string, string, readonly (readonly [number, string])[]]>([
    // both values print the same way: read either way, their ratio is the same
    ['two years, both ambiguous', `${HEADER};So với cùng kỳ (%)\nThu ngân sách;Tỷ đồng;5.000;3.200;3.600;112,5\n`, []],
    // only the newer value is ambiguous: read as 3,6 the index would be 0,1 %
    ['one year ambiguous', `${HEADER};So với cùng kỳ (%)\nThu ngân sách;Tỷ đồng;5000;3200;3.600;112,5\n`, [[2023, '3.600']]],
    // against the plan, 2022 is not read: its cell cannot change the verdict
    ['the plan and its year, both ambiguous', `${HEADER};So với kế hoạch (%)\nThu ngân sách;Tỷ đồng;5.000;3.200;3.600;72,0\n`, []],
    ['against the plan, only the value ambiguous', `${HEADER};So với kế hoạch (%)\nThu ngân sách;Tỷ đồng;5000;3200;3.600;72,0\n`, [[2023, '3.600']]],
  ])('%s', (_name, csv, expected) => {
    const [row] = rowsOf(csv);
    expect(row?.verdict).toBe('match');
    const warned = (row?.warnings ?? []).flatMap((w) => (w.code === 'reading-changes-verdict' ? [[w.year, w.raw] as const] : []));
    expect(warned).toEqual(expected);
  });
});

describe('edge cases', () => {
  it('a year between the two compared is not warned about', () => {
    const csv = 'Chỉ tiêu;Năm 2021;Năm 2022;Năm 2023;Năm 2023 so với năm 2021 (%)\nSản lượng;3200;4.100;3600;112,5\n';
    const [row] = rowsOf(csv);
    expect(row?.verdict).toBe('match');
    expect(row?.warnings).toEqual([]);
  });

  // Kiên Giang's tourism, 2019: the 2018 visitors printed "547,698" (a decimal in this style), so "671.896" reads as a
  // decimal by continuity; the plan "580.000" beside it must read the same way, or 671,896 / 580.000 is 0,1 %.
  it('a plan printed the same ambiguous way as a value read as a decimal is read so too', () => {
    const csv =
      'Chỉ tiêu;Kế hoạch năm 2019;Thực hiện năm 2019;So với kế hoạch (%);Thực hiện năm 2018\n' +
      'Khách quốc tế (lượt);580.000;671.896;115,8;547,698\n';
    const [row] = rowsOf(csv);
    expect(row?.verdict).toBe('match');
    expect((row?.warnings ?? []).flatMap((w) => (w.code === 'read-as-decimal' ? [w.raw] : [w.code]))).toEqual(['671.896']);
  });

  it('the warning names the other verdict in both languages', () => {
    const [row] = rowsOf(`${HEADER};So với cùng kỳ (%)\nThu ngân sách;Tỷ đồng;5000;3200;3.600;112,5\n`);
    const warning = row?.warnings[0];
    expect(warning).toMatchObject({ code: 'reading-changes-verdict', otherVerdict: 'mismatch' });
    expect(warning?.message.vi).toContain('"3.600" có thể đọc hai cách');
    expect(warning?.message.en).toContain('"3.600" can be read two ways');
  });
});
