import { describe, expect, it } from 'vitest';
import type { RoleCorrection } from './apply-roles';
import { headerRowsCandidates, headerSignature, rawHeaderSignature, savedRolesOf, withSavedRoles, type SavedRole } from './header-signature';
import type { HeaderLine } from './header-rows';

describe('headerSignature', () => {
  it.each<[string, string[], string]>([
    ['one folded header per column', ['Chỉ tiêu', 'Năm 2015', 'Số 2016'], 'chi tieu | nam 2015 | so 2016'],
    ['a two-row header joined top to bottom', ['Thực hiện Năm 2020', 'Ước năm 2023'], 'thuc hien nam 2020 | uoc nam 2023'],
    ['an empty header stays a slot', ['STT', '', 'ĐVT'], 'stt |  | dvt'],
  ])('%s', (_name, headers, expected) => {
    expect(headerSignature(headers.map((header) => ({ header })))).toBe(expected);
  });

  it.each<[string, string[], string[]]>([
    ['diacritics', ['Chỉ tiêu', 'Số 2016'], ['Chi tieu', 'So 2016']],
    ['case', ['CHỈ TIÊU', 'SỐ 2016'], ['chỉ tiêu', 'số 2016']],
    ['whitespace and line breaks', ['Chỉ  tiêu', 'Số\n2016'], [' Chỉ tiêu ', 'Số 2016']],
    ['decomposed letters', ['Chỉ tiêu'.normalize('NFD'), 'Số 2016'], ['Chỉ tiêu', 'Số 2016']],
  ])('headers that differ only in %s read the same', (_name, a, b) => {
    expect(headerSignature(a.map((header) => ({ header })))).toBe(headerSignature(b.map((header) => ({ header }))));
  });
});

describe('savedRolesOf and withSavedRoles', () => {
  const corrections: RoleCorrection[] = [
    { table: 'a.csv', column: 3, role: 'claim' },
    { table: 'b.csv', column: 1, role: 'unit' },
    { table: 'a.csv', column: 2, role: 'year' },
  ];

  it.each<[string, string, SavedRole[]]>([
    ['the table’s corrections, by column', 'a.csv', [{ column: 2, role: 'year' }, { column: 3, role: 'claim' }]],
    ['another table’s', 'b.csv', [{ column: 1, role: 'unit' }]],
    ['none for an unknown table', 'c.csv', []],
  ])('%s', (_name, table, expected) => {
    expect(savedRolesOf(corrections, table)).toEqual(expected);
  });

  it('names the new table and keeps the user’s own correction of a column', () => {
    expect(withSavedRoles([{ column: 2, role: 'year' }, { column: 3, role: 'claim' }], 'moi.csv', [{ table: 'moi.csv', column: 3, role: 'index' }])).toEqual([
      { table: 'moi.csv', column: 2, role: 'year' },
      { table: 'moi.csv', column: 3, role: 'index' },
    ]);
  });
});

describe('edge cases', () => {
  it('a table without columns has an empty signature', () => {
    expect(headerSignature([])).toBe('');
  });

  it('a column corrected twice keeps the last role', () => {
    expect(savedRolesOf([{ table: 'a.csv', column: 1, role: 'year' }, { table: 'a.csv', column: 1, role: 'estimate' }], 'a.csv')).toEqual([{ column: 1, role: 'estimate' }]);
  });

  it('the user’s corrections of other tables are left out', () => {
    expect(withSavedRoles([{ column: 0, role: 'stt' }], 'moi.csv', [{ table: 'khac.csv', column: 0, role: 'other' }])).toEqual([{ table: 'moi.csv', column: 0, role: 'stt' }]);
  });

  it('nothing saved gives back only the user’s corrections', () => {
    expect(withSavedRoles([], 'moi.csv', [{ table: 'moi.csv', column: 4, role: 'plan' }])).toEqual([{ table: 'moi.csv', column: 4, role: 'plan' }]);
  });
});

describe('rawHeaderSignature and headerRowsCandidates', () => {
  const lines: HeaderLine[] = [
    { line: 1, cells: ['Biểu 05'] },
    { line: 2, cells: ['Chỉ tiêu', 'Thực hiện'] },
    { line: 3, cells: ['(Giá hiện hành)', '', 'Năm 2020'] },
    { line: 4, cells: [] },
    { line: 5, cells: ['Lúa', '1'] },
  ];

  it.each<[string, number, number, string | null]>([
    ['one row', 2, 2, 'rows: chi tieu | thuc hien'],
    ['two rows, an empty cell kept as a slot', 2, 3, 'rows: chi tieu | thuc hien / (gia hien hanh) |  | nam 2020'],
    ['a range over an empty row', 3, 5, 'rows: (gia hien hanh) |  | nam 2020 /  / lua | 1'],
  ])('%s', (_name, from, to, expected) => {
    expect(rawHeaderSignature(lines, from, to)).toBe(expected);
  });

  it('the same rows folded differently read the same', () => {
    const other = lines.map((l) => ({ line: l.line, cells: l.cells.map((c) => c.toUpperCase().normalize('NFD')) }));
    expect(rawHeaderSignature(other, 2, 3)).toBe(rawHeaderSignature(lines, 2, 3));
  });

  it('candidates: ranges of listed rows, starting and ending on a filled row', () => {
    expect(headerRowsCandidates(lines).map((c) => [c.from, c.to])).toEqual([
      [1, 1], [1, 2], [1, 3], [1, 5],
      [2, 2], [2, 3], [2, 5],
      [3, 3], [3, 5],
      [5, 5],
    ]);
  });

  it('candidates: at most six rows', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ line: i + 1, cells: [`dòng ${i + 1}`] }));
    const longest = Math.max(...headerRowsCandidates(many).map((c) => c.to - c.from + 1));
    expect(longest).toBe(6);
  });

  describe('edge cases', () => {
    it.each<[string, number, number]>([
      ['a line not listed', 2, 9],
      ['a range before the list', -1, 0],
      ['from after to', 3, 2],
    ])('%s gives null', (_name, from, to) => {
      expect(rawHeaderSignature(lines, from, to)).toBeNull();
    });

    it('no rows, no candidates', () => {
      expect(headerRowsCandidates([])).toEqual([]);
    });
  });
});
