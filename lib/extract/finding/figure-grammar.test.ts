import { describe, expect, it } from 'vitest';
import { readQualifier } from '../../claims/read-qualifier';
import { canonicalUnit, makeFigure, NUMBER_SOURCE, UNIT_SOURCE } from './figure-grammar';

// Grammar: every vi-number of the figure grammar (NUMBER_SOURCE), found anywhere.
// Example: in "tăng 2.310,5 tỷ" it finds "2.310,5".
const NUMBER = new RegExp(NUMBER_SOURCE, 'gu');
// Grammar: start unit, where unit is any unit of the figure grammar (UNIT_SOURCE), any case.
// Example: "tỷ đồng, tăng" starts with the unit "tỷ đồng".
const UNIT_AT_START = new RegExp(`^(?:${UNIT_SOURCE})`, 'iu');

describe('makeFigure reads numbers by spec §1 (lib/numbers)', () => {
  it.each<[string, number, number]>([
    ['3,7', 3.7, 1],
    ['18', 18, 0],
    ['0,15', 0.15, 2],
    ['2.310.500', 2310500, 0],
    ['6.210,4', 6210.4, 1],
    ['236.410', 236410, 0],
    ['28.27', 28.27, 2],
    // A single "." after a leading 0 cannot group thousands: a decimal point, as in tables.
    ['0.125', 0.125, 3],
  ])('%s → %d (%d decimals)', (text, value, decimals) => {
    expect(makeFigure(text, undefined)).toEqual({ value, decimals, unit: null });
  });
});

describe('NUMBER_SOURCE', () => {
  it.each<[string, string[]]>([
    ['đạt 6.210,4 tỷ đồng', ['6.210,4']],
    ['năm 2019. Sau đó', ['2019']],
    ['tăng 3,7 lần và 12%', ['3,7', '12']],
    ['dài 212,75km', ['212,75']],
    ['mã A1 và B2', []],
    ['ngày 07/6/2012', ['07']],
    // spec §1: space grouping, read as one number when a unit follows
    ['đạt 12 450,6 tỷ đồng', ['12 450,6']],
    ['có 1 042 100 người', ['1 042 100']],
    // a run of numbers in a flattened table row stays separate
    ['Tỷ đồng 11 506,1 12 450,6 108,2', ['11', '506,1', '12', '450,6', '108,2']],
    ['Doanh nghiệp 120 135 150', ['120', '135', '150']],
  ])('finds numbers in %s', (text, expected) => {
    expect([...text.matchAll(NUMBER)].map((m) => m[0])).toEqual(expected);
  });
});

describe('UNIT_SOURCE', () => {
  it.each<[string, string]>([
    ['triệu USD, tăng', 'triệu USD'],
    ['tỷ đồng.', 'tỷ đồng'],
    ['%/năm;', '%/năm'],
    ['‰ so với', '‰'],
    ['nghìn lượt người', 'nghìn lượt người'],
    ['doanh nghiệp tăng', 'doanh nghiệp'],
    ['bác sĩ/vạn dân', 'bác sĩ/vạn dân'],
    ['triệu đồng/ha', 'triệu đồng/ha'],
    // spec §2b: units with a slash are units (GSO, Khảo sát mức sống dân cư 2020/2021; labour productivity per worker)
    ['triệu đồng/người/tháng, tăng', 'triệu đồng/người/tháng'],
    ['triệu đồng/lao động; tính theo', 'triệu đồng/lao động'],
    ['triệu đồng / người / tháng)', 'triệu đồng / người / tháng'],
    ['USD/người.', 'USD/người'],
    ['lần so với', 'lần'],
    ['điểm phần trăm', 'điểm phần trăm'],
    // a bare scale word: what is counted was named before the figure ("hành khách đạt 34,7 triệu, tăng 49,6%")
    ['triệu, tăng 49,6%', 'triệu'],
    ['triệu.', 'triệu'],
    // transport units times the distance (GSO, transport in 11 months of 2023) and products counted by the piece
    ['tỷ lượt khách.km, tăng 23,9%', 'tỷ lượt khách.km'],
    ['triệu tấn.km.', 'triệu tấn.km'],
    ['nghìn chiếc (tăng 23%', 'nghìn chiếc'],
    ['triệu lít (tăng 3,5%)', 'triệu lít'],
  ])('reads the unit at the start of "%s"', (text, unit) => {
    expect(UNIT_AT_START.exec(text)?.[0]).toBe(unit);
  });

  it.each(['lầnthứ', 'hộichợ', 'tuổi', 'năm 2020', 'tỷ lệ hộ nghèo', 'tỷ trọng', 'triệuđồng'])('does not read a unit at the start of "%s"', (text) => {
    expect(UNIT_AT_START.exec(text)).toBeNull();
  });
});

describe('canonicalUnit and the qualifier of a value (lib/claims readQualifier)', () => {
  it.each<[string, string]>([
    ['Triệu  USD', 'triệu USD'],
    ['% / năm', '%/năm'],
    ['Tỷ đồng', 'tỷ đồng'],
  ])('canonicalUnit(%s) = %s', (unit, expected) => {
    expect(canonicalUnit(unit)).toBe(expected);
  });

  it.each<[string | undefined, string | null]>([
    ['trên ', 'lower'],
    ['hơn', 'lower'],
    ['dưới', 'upper'],
    ['chưa đến', 'upper'],
    ['gần ', 'about'],
    ['khoảng', 'about'],
    ['ước đạt', 'about'],
    [undefined, null],
    ['  ', null],
  ])('readQualifier(%s) = %s', (word, expected) => {
    expect(readQualifier(word)).toBe(expected);
  });
});

describe('edge cases', () => {
  it.each(['', 'abc', '1,2,3', '1..2'])('makeFigure(%s) is null', (text) => {
    expect(makeFigure(text, undefined)).toBeNull();
  });

  it('makeFigure keeps a missing unit as null', () => {
    expect(makeFigure('12,5', undefined)).toEqual({ value: 12.5, decimals: 1, unit: null });
    expect(makeFigure('12,5', ' ')).toEqual({ value: 12.5, decimals: 1, unit: null });
    expect(makeFigure('x', '%')).toBeNull();
  });
});
