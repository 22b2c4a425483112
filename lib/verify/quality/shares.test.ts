import { describe, expect, it } from 'vitest';
import { shareGroups, wholeOf, type ShareCandidate } from './share-groups';
import { checkShares } from './shares';
import type { SharePart } from './types';

/*
 * Shares from real tables:
 * - Cao Bằng (the bundled document, III.2 a): economic structure 2015 17,89 + 54,06 + 28,05 = 100; 2022
 *   20,76 + 53,75 + 21,74 = 96,25 (product taxes are not listed).
 * - Quảng Trị, Cục Thống kê, Niên giám thống kê 2018, biểu 40 (cơ cấu GRDP theo thành phần kinh tế, %):
 *   2017 28,87 + 66,03 + 1,21 + 3,89 = 100,00.
 * - Bắc Giang, Sở Kế hoạch và Đầu tư, "Chỉ tiêu toàn Tỉnh" (ktxh.khdt.bgo.vn/target/327), structure of value
 *   added, %: 2011 31,56 + 31,97 + 36,47 (= 100,00; rounded by us to one decimal: 31,6 + 32,0 + 36,5 = 100,1);
 *   2013 26,00 + 39,31 + 34,72 = 100,03 as printed.
 */

function parts(year: number, cells: readonly (readonly [string, string])[]): { year: number; parts: SharePart[]; tableId: string } {
  return {
    year,
    tableId: 'bang',
    parts: cells.map(([name, raw]) => {
      const [int, frac = ''] = raw.split(',');
      return { indicatorId: name, indicator: name, raw, value: Number(`${int}.${frac}`), decimals: frac.length };
    }),
  };
}

describe('checkShares', () => {
  it.each([
    // [case, year, parts, code (null: none), sum, low, high]
    ['Cao Bằng 2015: exactly 100', 2015, [['CN', '17,89'], ['DV', '54,06'], ['NN', '28,05']], null, 0, 0, 0],
    ['Quảng Trị 2017 by ownership: exactly 100', 2017, [['NN', '28,87'], ['Ngoài NN', '66,03'], ['FDI', '1,21'], ['Thuế', '3,89']], null, 0, 0, 0],
    ['Bắc Giang 2011 rounded to one decimal: 100,1 within rounding', 2011, [['NN', '31,6'], ['CN', '32,0'], ['DV', '36,5']], 'shares-rounding', 100.1, 99.95, 100.25],
    ['Bắc Giang 2013 as printed: 100,03 beyond rounding', 2013, [['NN', '26,00'], ['CN', '39,31'], ['DV', '34,72']], 'shares-gap', 100.03, 100.015, 100.045],
    ['Cao Bằng 2022: 96,25, a part not listed', 2022, [['CN', '20,76'], ['DV', '53,75'], ['NN', '21,74']], 'shares-gap', 96.25, 96.235, 96.265],
  ] as const)('%s', (_name, year, cells, code, sum, low, high) => {
    const w = checkShares(parts(year, cells));
    if (code === null) {
      expect(w).toBeNull();
      return;
    }
    expect(w?.code).toBe(code);
    expect(w?.severity).toBe(code === 'shares-rounding' ? 'info' : 'warning');
    expect(w?.sum).toBeCloseTo(sum, 9);
    expect(w?.low).toBeCloseTo(low, 9);
    expect(w?.high).toBeCloseTo(high, 9);
  });

  it('gives the interval reasoning in words', () => {
    const w = checkShares(parts(2011, [['Cơ cấu: nông nghiệp', '31,6'], ['Cơ cấu: công nghiệp', '32,0'], ['Cơ cấu: dịch vụ', '36,5']]));
    expect(w?.message.vi).toBe(
      'Cơ cấu năm 2011: Cơ cấu: nông nghiệp 31,6 + công nghiệp 32,0 + dịch vụ 36,5 cộng lại 100,1, không đúng 100. ' +
        'Mỗi tỷ trọng in ra lệch tối đa nửa đơn vị của chữ số cuối, nên tổng thật nằm trong [99,95; 100,25], có chứa 100: chênh lệch là do làm tròn.',
    );
    expect(w?.message.en).toContain('the true sum lies in [99,95; 100,25], which holds 100: rounding explains the difference');
  });

  it('says how many points are missing beyond rounding', () => {
    const w = checkShares(parts(2022, [['CN', '20,76'], ['DV', '53,75'], ['NN', '21,74']]));
    expect(w?.message.vi).toContain('không chứa 100: thiếu 3,75 điểm phần trăm');
    expect(w?.message.en).toContain('3,75 percentage points are missing');
  });

  describe('edge cases', () => {
    it.each([
      ['one part is no group', [['A', '100,0']], null],
      ['integers 24 + 42 + 35 = 101: within ±1,5', [['A', '24'], ['B', '42'], ['C', '35']], 'shares-rounding'],
      ['mixed decimals: 33,3 + 33,33 + 33,4 = 100,03, within ±0,105', [['A', '33,3'], ['B', '33,33'], ['C', '33,4']], 'shares-rounding'],
      ['over 100 beyond rounding', [['A', '60,0'], ['B', '45,0']], 'shares-gap'],
    ] as const)('%s', (_name, cells, code) => {
      expect(checkShares(parts(2020, cells))?.code ?? null).toBe(code);
    });
  });
});

function candidate(indicator: string, unit: string, section: string | null, values: Record<number, string>): ShareCandidate {
  const map = new Map<number, { raw: string; value: number; decimals: number }>();
  for (const [year, raw] of Object.entries(values)) {
    const [int, frac = ''] = raw.split(',');
    map.set(Number(year), { raw, value: Number(`${int}.${frac}`), decimals: frac.length });
  }
  return { indicatorId: indicator, indicator, unit, section, values: map };
}

describe('shareGroups', () => {
  it.each([
    ['a titled part in %', candidate('Cơ cấu kinh tế: dịch vụ', '%', null, {}), 'co cau kinh te'],
    ['a part under a structure section', candidate('Dịch vụ', '%', 'Cơ cấu GRDP (%)', {}), 'section:co cau grdp (%)'],
    ['a weight word (tỷ trọng)', candidate('Tỷ trọng: công nghiệp', '(%)', null, {}), 'ty trong'],
    ['not in %', candidate('Cơ cấu kinh tế: dịch vụ', 'Tỷ đồng', null, {}), null],
    ['the total row', candidate('Cơ cấu kinh tế: Tổng số', '%', null, {}), null],
    ['a rate that names no structure', candidate('Tỷ lệ hộ nghèo', '%', null, {}), null],
  ] as const)('wholeOf: %s', (_name, c, whole) => {
    expect(wholeOf(c)).toBe(whole);
  });

  it('groups the parts of one whole by year, only years where every part has a value', () => {
    const rows = [
      candidate('Cơ cấu kinh tế: công nghiệp, xây dựng', '%', null, { 2015: '17,89', 2022: '20,76' }),
      candidate('Cơ cấu kinh tế: dịch vụ', '%', null, { 2015: '54,06', 2022: '53,75' }),
      candidate('Cơ cấu kinh tế: nông, lâm, ngư nghiệp', '%', null, { 2015: '28,05', 2022: '21,74', 2023: '20,1' }),
      candidate('Tỷ lệ hộ nghèo', '%', null, { 2015: '30,1' }),
    ];
    const groups = shareGroups(rows, 'so-sanh');
    expect(groups.map((g) => [g.year, g.parts.length])).toEqual([
      [2015, 3],
      [2022, 3],
    ]);
    expect(groups.map((g) => checkShares(g)?.code ?? null)).toEqual([null, 'shares-gap']);
  });
});
