import { describe, expect, it } from 'vitest';
import { pageHref, pageLinks, pageWindow, rowsPerPage } from './page-window';

describe('pageWindow', () => {
  it.each([
    [{ page: '3' }, 1000, 200, { page: 3, pageCount: 5, offset: 400 }],
    [{}, 1000, 200, { page: 1, pageCount: 5, offset: 0 }],
    [{ page: '5' }, 1001, 200, { page: 5, pageCount: 6, offset: 800 }],
  ])('%o of %i rows by %i', (params, total, size, expected) => {
    expect(pageWindow(params, 'page', total, size)).toMatchObject(expected);
  });

  describe('edge cases', () => {
    it.each([
      [{ page: 'x' }, 1],
      [{ page: '-2' }, 1],
      [{ page: '0' }, 1],
      [{ page: '2.5' }, 1],
      [{ page: '999' }, 5],
      [{ page: ['2', '4'] }, 2],
    ])('%o → page %i', (params, page) => {
      expect(pageWindow(params, 'page', 1000, 200).page).toBe(page);
    });

    it('an empty list has one empty page', () => {
      expect(pageWindow({}, 'page', 0, 200)).toEqual({ page: 1, pageCount: 1, pageSize: 200, offset: 0, total: 0 });
    });
  });
});

describe('pageHref', () => {
  it.each([
    ['/bang/b', { ds: 'ab', page: '2', q: 'thu' }, 3, '', '/bang/b?ds=ab&page=3&q=thu'],
    ['/bang/b', { page: '2' }, 1, '', '/bang/b'],
    ['/du-lieu/x', { lang: 'en' }, 2, '#findings-title', '/du-lieu/x?lang=en&page=2#findings-title'],
    ['/bang/b', { q: 'thu nhập & chi' }, 2, '', '/bang/b?page=2&q=thu+nh%E1%BA%ADp+%26+chi'],
  ])('%s %o page %i', (path, params, page, hash, expected) => {
    expect(pageHref(path, params, 'page', page, hash)).toBe(expected);
  });
});

describe('rowsPerPage', () => {
  it.each([
    [2, 200],
    [10, 100],
    [50, 28],
    [300, 20],
  ])('%i year columns → %i rows', (years, rows) => {
    expect(rowsPerPage(years, 1600, 20, 200)).toBe(rows);
  });

  describe('edge cases', () => {
    it('no year column still counts the fixed columns; a negative count is none', () => {
      expect(rowsPerPage(0, 1600, 20, 200)).toBe(200);
      expect(rowsPerPage(-3, 1600, 20, 200)).toBe(200);
    });
  });
});

describe('pageLinks', () => {
  it.each([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [7, 250, [1, 'gap', 5, 6, 7, 8, 9, 'gap', 250]],
    [250, 250, [1, 'gap', 248, 249, 250]],
    [3, 6, [1, 2, 3, 4, 5, 6]],
  ])('page %i of %i', (page, count, expected) => {
    expect(pageLinks(page, count)).toEqual(expected);
  });
});
