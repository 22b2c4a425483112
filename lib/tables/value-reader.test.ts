import { describe, expect, it } from 'vitest';
import { readReportTables } from './read-report-table';
import { isPlanRange, readCell } from './value-reader';

/*
 * Figures: UBND tỉnh Thừa Thiên Huế, báo cáo số 330/BC-UBND ngày 06/12/2019, the main targets of 2019 (plan "7,5-8,0"
 * for GRDP growth; the poverty rate cut by "0,86%" with "(còn 4,17%)" under it). Two rows only.
 */
const REPORT = [
  'Stt;Chỉ tiêu chủ yếu;TH năm 2018;KH năm 2019;Ước TH năm 2019;Ghi chú',
  '1;Tốc độ tăng tổng sản phẩm trong tỉnh (GRDP) (%);6,61;7,5-8,0;7,18;Không đạt',
  '8;Tỷ lệ hộ nghèo giảm (%);1,06;"0,7%\n(còn 4,33%)";"0,86%\n(còn 4,17%)";Đạt',
].join('\n');

function read(csv: string) {
  const r = readReportTables(csv, 'bao-cao.csv');
  if (!r.ok) throw new Error(r.error.code);
  const [t] = r.value;
  if (!t) throw new Error('no table');
  return t;
}

describe('cells read as numbers', () => {
  it.each<[string, number | null]>([
    ['0,86%\n(còn 4,17%)', 0.86],
    ['0,7% (còn 4,33%)', 0.7],
    ['1.055', 1055],
    ['7,6 10,4', null],
    // Kon Tum's portal, 2017: areas printed with dots for both marks
    ['9.674.18', 9674.18],
    ['1.493.65', 1493.65],
    ['12.345.678.9', 12345678.9],
    ['9.674.180', 9674180],
    ['9.674.1234', null],
    ['96.74.18', null],
  ])('%j', (raw, expected) => {
    const parsed = readCell(raw, 'vi');
    expect(parsed.ok ? parsed.value : null).toBe(expected);
  });

  it('reads the poverty row\'s figures and warns on no plan range', () => {
    const t = read(REPORT);
    expect(t.rows[1]?.values[2019]?.parsed).toMatchObject({ ok: true, value: 0.86 });
    expect(t.rows[1]?.plan?.parsed).toMatchObject({ ok: true, value: 0.7 });
    expect(t.rows[0]?.plan?.raw).toBe('7,5-8,0');
    expect(t.warnings.filter((w) => w.code === 'not-a-number')).toEqual([]);
  });
});

describe('a cell with dots for both marks', () => {
  // Kon Tum's districts of 2017 (the province's portal; two rows of its table): area in km², population.
  const KONTUM = ['Chỉ tiêu;Diện tích (Km2);Dân số (Người)', 'Tổng số;9.674.18;540.438', 'Huyện Đắk Glei;1.493.65;50.133'].join('\n');

  it('is read with its last dot as the decimal mark, and warned about', () => {
    const r = readReportTables(`Diện tích và dân số năm 2017\n${KONTUM}`, 'kon-tum.csv');
    if (!r.ok) throw new Error(r.error.code);
    const area = r.value[0];
    expect(area?.rows.map((row) => row.values[2017]?.parsed)).toEqual([
      { ok: true, value: 9674.18, decimals: 2 },
      { ok: true, value: 1493.65, decimals: 2 },
    ]);
    expect(area?.warnings.filter((w) => w.code === 'dotted-decimal').map((w) => (w.code === 'dotted-decimal' ? [w.raw, w.read] : []))).toEqual([
      ['9.674.18', '9.674,18'],
      ['1.493.65', '1.493,65'],
    ]);
  });
});

describe('edge cases', () => {
  it.each<[string, boolean]>([
    ['7,5-8,0', true],
    ['7,5 – 8%', true],
    ['8,0-7,5', false],
    ['-4,13', false],
    ['7,5-', false],
  ])('plan range %j: %s', (raw, expected) => {
    expect(isPlanRange(raw, 'vi')).toBe(expected);
  });

  it.each<[string, string]>([
    ['a remark without a figure before it', '(còn 4,17%)'],
    ['two figures in brackets', '0,86% (còn (4,17%))'],
    ['a range outside the plan column', '7,5-8,0'],
  ])('%s stays not a number, with its warning', (_name, cell) => {
    const t = read(REPORT.replace('7,18', cell));
    expect(t.rows[0]?.values[2019]?.parsed.ok).toBe(false);
    expect(t.warnings.filter((w) => w.code === 'not-a-number')).toHaveLength(1);
  });
});
