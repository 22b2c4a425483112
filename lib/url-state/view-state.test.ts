import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW, readViewState, shareableUrl, viewHref, writeViewState, type ViewState } from './view-state';

describe('readViewState', () => {
  it.each<[string, Partial<ViewState>]>([
    ['', {}],
    ['?mode=index', { mode: 'index' }],
    ['mode=log&from=2015&to=2022', { mode: 'log', from: 2015, to: 2022 }],
    ['from=2022&to=2009', { from: 2022, to: 2009 }],
    ['verdict=mismatch&q=ngan+sach', { verdict: 'mismatch', q: 'ngan sach' }],
    ['q=%20%20ng%C3%A2n%20s%C3%A1ch%20', { q: 'ngân sách' }],
    ['table=bang-2-2009-2022&indicator=thu-ngan-sach&lang=en', { table: 'bang-2-2009-2022', indicator: 'thu-ngan-sach', lang: 'en' }],
    ['mode=bars&verdict=bogus&lang=fr', {}],
    ['from=15&to=20222', {}],
    ['from=0999', {}],
    ['table=../x&indicator=a%20b', {}],
    ['q=', {}],
  ])('%j', (query, expected) => {
    expect(readViewState(query)).toEqual({ ...EMPTY_VIEW, ...expected });
  });

  it('reads a Next.js searchParams record (first value of a repeated key)', () => {
    expect(readViewState({ mode: ['index', 'log'], from: '2015', q: undefined })).toEqual({ ...EMPTY_VIEW, mode: 'index', from: 2015 });
  });
});

describe('writeViewState', () => {
  it.each<[string, Partial<ViewState>, Partial<ViewState>, string]>([
    ['', { mode: 'index' }, {}, 'mode=index'],
    ['lang=en&x=1', { mode: 'index' }, {}, 'lang=en&x=1&mode=index'],
    ['mode=index', { mode: 'absolute' }, { mode: 'absolute' }, ''],
    ['mode=index', { mode: null }, {}, ''],
    ['q=a', { q: 'ngân sách' }, {}, 'q=ng%C3%A2n+s%C3%A1ch'],
    ['q=a', { q: '   ' }, {}, ''],
    ['from=2009&to=2022', { from: 2015 }, { from: 2009, to: 2022 }, 'from=2015&to=2022'],
    ['from=2015&to=2022', { from: 2009, to: 2022 }, { from: 2009, to: 2022 }, ''],
    ['verdict=match&other=keep', { verdict: 'mismatch' }, {}, 'verdict=mismatch&other=keep'],
  ])('%j + %j (defaults %j) → %j', (query, patch, defaults, expected) => {
    expect(writeViewState(query, patch, defaults).toString()).toBe(expected);
  });

  it('does not touch the params it was given', () => {
    const params = new URLSearchParams('mode=log');
    writeViewState(params, { mode: null });
    expect(params.toString()).toBe('mode=log');
  });
});

describe('viewHref and shareableUrl', () => {
  it.each([
    ['/chi-tieu/thu', 'mode=log', '', '/chi-tieu/thu?mode=log'],
    ['/kiem-tra', '', '', '/kiem-tra'],
    ['/bang/b', 'q=x', '#row-3', '/bang/b?q=x#row-3'],
  ])('viewHref(%j, %j, %j) → %j', (path, query, hash, expected) => {
    expect(viewHref(path, new URLSearchParams(query), hash)).toBe(expected);
  });

  it.each([
    ['http://localhost:3000/bang/b?q=gdp#row-3', 'en', 'http://localhost:3000/bang/b?q=gdp&lang=en#row-3'],
    ['http://localhost:3000/bang/b?lang=vi', 'vi', 'http://localhost:3000/bang/b?lang=vi'],
    ['http://localhost:3000/bang/b?lang=vi', 'en', 'http://localhost:3000/bang/b?lang=en'],
    ['http://localhost:3000/', 'vi', 'http://localhost:3000/?lang=vi'],
  ] as const)('shareableUrl(%j, %s) → %j', (href, lang, expected) => {
    expect(shareableUrl(href, lang)).toBe(expected);
  });
});

describe('edge cases', () => {
  it('caps a very long search at 200 characters', () => {
    expect(readViewState(`q=${'a'.repeat(500)}`).q).toHaveLength(200);
  });

  it('property: writing a state and reading it back gives the same state', () => {
    // Grammar of a generated id: 1–30 of lowercase letters, digits and hyphens. Example: "bang-2".
    const id = fc.stringMatching(/^[a-z0-9-]{1,30}$/);
    const state = fc.record({
      table: fc.option(id, { nil: null }),
      indicator: fc.option(id, { nil: null }),
      from: fc.option(fc.integer({ min: 1900, max: 2000 }), { nil: null }),
      to: fc.option(fc.integer({ min: 2001, max: 2100 }), { nil: null }),
      mode: fc.option(fc.constantFrom('absolute' as const, 'index' as const, 'log' as const), { nil: null }),
      verdict: fc.option(fc.constantFrom('match' as const, 'mismatch' as const, 'wrong_direction' as const), { nil: null }),
      q: fc.option(fc.string({ minLength: 1, maxLength: 50 }).map((s) => s.trim()).filter((s) => s !== ''), { nil: null }),
      lang: fc.option(fc.constantFrom('vi' as const, 'en' as const), { nil: null }),
    });
    fc.assert(
      fc.property(state, (s) => {
        expect(readViewState(writeViewState('', s))).toEqual(s);
      }),
    );
  });
});
