import { describe, expect, it } from 'vitest';
import { appendCorrections, NO_CORRECTIONS, withDeclined, withHeaderRows, withRole } from './corrections';
import { headerRowsOf } from './header-rows-editor';

describe('corrections of the preview', () => {
  it('a later correction of the same column or table replaces the earlier one; others are kept', () => {
    let c = withRole(NO_CORRECTIONS, { table: 'a.csv', column: 2, role: 'year' });
    c = withRole(c, { table: 'a.csv', column: 2, role: 'estimate' });
    c = withHeaderRows(c, { table: 'a.csv', from: 2, to: 2 });
    c = withHeaderRows(c, { table: 'b.csv', from: 1, to: 1 });
    c = withHeaderRows(c, { table: 'a.csv', from: 2, to: 3 });
    c = withDeclined(withDeclined(c, 'a.csv'), 'a.csv');
    expect(c).toEqual({
      roles: [{ table: 'a.csv', column: 2, role: 'estimate' }],
      headerRows: [{ table: 'b.csv', from: 1, to: 1 }, { table: 'a.csv', from: 2, to: 3 }],
      declined: ['a.csv'],
    });
  });

  it('travel as the JSON fields roles, headerRows and declined; empty ones are left out', () => {
    const form = new FormData();
    appendCorrections(form, withHeaderRows(NO_CORRECTIONS, { table: 'a.csv', from: 2, to: 3 }));
    expect([...form.keys()]).toEqual(['headerRows']);
    expect(form.get('headerRows')).toBe('[{"table":"a.csv","from":2,"to":3}]');
  });
});

describe('headerRowsOf', () => {
  it.each<[string, string, string, { from: number; to: number } | null]>([
    ['one row', '2', '2', { from: 2, to: 2 }],
    ['two rows', '2', '3', { from: 2, to: 3 }],
    ['six rows', '1', '6', { from: 1, to: 6 }],
    ['spaces around', ' 4 ', '5 ', { from: 4, to: 5 }],
  ])('%s', (_name, from, to, expected) => {
    expect(headerRowsOf('a.csv', from, to)).toEqual(expected ? { table: 'a.csv', ...expected } : null);
  });

  describe('edge cases', () => {
    it.each<[string, string, string]>([
      ['empty', '', '3'],
      ['from after to', '3', '2'],
      ['row 0', '0', '2'],
      ['a negative row', '-1', '2'],
      ['not whole', '2.5', '3'],
      ['not a number', 'hai', '3'],
      ['seven rows', '1', '7'],
    ])('%s gives null', (_name, from, to) => {
      expect(headerRowsOf('a.csv', from, to)).toBeNull();
    });
  });
});
