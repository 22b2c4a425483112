import { describe, expect, it } from 'vitest';
import { verifyReportTable } from '../verify/verify-table';
import { applyRoles, type RoleCorrection } from './apply-roles';
import { readReportTables } from './read-report-table';
import { buildColumns } from './recognize-columns';

// Figures: Cục Thống kê tỉnh Quảng Ngãi, Niên giám thống kê 2016, biểu 41 (GRDP bình quân đầu người, nghìn đồng).
const COLUMNS = buildColumns(['Chỉ tiêu', 'Đơn vị', 'Năm 2015', 'Số 2016', 'Ghi chú']);

describe('applyRoles', () => {
  it.each<[string, RoleCorrection[], readonly (readonly [string, number | undefined])[]]>([
    ['a year column the header did not name as one', [{ table: 'a.csv', column: 3, role: 'year' }], [['indicator', undefined], ['unit', undefined], ['year', 2015], ['year', 2016], ['note', undefined]]],
    ['an estimate', [{ table: 'a.csv', column: 3, role: 'estimate' }], [['indicator', undefined], ['unit', undefined], ['year', 2015], ['estimate', 2016], ['note', undefined]]],
    ['a second indicator column takes the role from the first', [{ table: 'a.csv', column: 1, role: 'indicator' }], [['other', undefined], ['indicator', undefined], ['year', 2015], ['other', undefined], ['note', undefined]]],
    ['another table is not touched', [{ table: 'b.csv', column: 3, role: 'year' }], [['indicator', undefined], ['unit', undefined], ['year', 2015], ['other', undefined], ['note', undefined]]],
  ])('%s', (_, corrections, expected) => {
    expect(applyRoles(COLUMNS, corrections, 'a.csv').map((c) => [c.role, c.year])).toEqual(expected);
  });

  describe('edge cases', () => {
    it('a column that does not exist is ignored', () => {
      expect(applyRoles(COLUMNS, [{ table: 'a.csv', column: 40, role: 'year' }], 'a.csv')).toEqual(COLUMNS);
    });

    it('a corrected role is used for the verdicts', () => {
      const csv = 'Chỉ tiêu;Năm 2015;Số 2016;So sánh\nGRDP bình quân đầu người;47.684;44.908;Giảm 5,8%';
      const plain = readReportTables(csv, 'a.csv');
      expect(plain.ok ? plain.value[0]?.years : null).toEqual([2015]);
      const corrected = readReportTables(csv, 'a.csv', { roles: [{ table: 'a.csv', column: 2, role: 'year' }] });
      if (!corrected.ok) throw new Error(corrected.error.code);
      const table = corrected.value[0];
      expect(table?.years).toEqual([2015, 2016]);
      expect(table ? verifyReportTable(table).map((r) => r.verdict) : null).toEqual(['match']);
    });
  });
});
