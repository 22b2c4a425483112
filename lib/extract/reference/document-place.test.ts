import { describe, expect, it } from 'vitest';
import { checkProse } from '../check-prose';
import type { KnownSource } from '../finding/known-values';
import { documentPlace, provinceOfName, provincesNamed, sourcesForPlace, type DocumentPlace } from './document-place';

// Sentences written for these tests, with real figures: Quảng Trị's 2023 release (GRDP +6,68%, per head 71 million
// đồng, +9,06%), GSO's winter–spring rice of 2019 (3.123,9 thousand ha), the Cao Bằng report (the bundled data).
describe('documentPlace', () => {
  it.each<[string, string, DocumentPlace]>([
    ['a province named', 'Năm 2023, GRDP tỉnh Quảng Trị tăng 6,68% so với năm 2022.', { kind: 'province', name: 'Quảng Trị' }],
    ['the province named most', 'Tỉnh Cao Bằng giáp Lạng Sơn. Năm 2022 Cao Bằng có 5.000 doanh nghiệp; Cao Bằng xếp thứ 50.', { kind: 'province', name: 'Cao Bằng' }],
    ['the older tone spelling', 'Năm 2023, GRDP tỉnh Khánh Hoà tăng 7,1%.', { kind: 'province', name: 'Khánh Hòa' }],
    ['a city by its short form', 'Tháng 6/2024, TP.HCM thu ngân sách đạt 45.000 tỷ đồng.', { kind: 'province', name: 'Hồ Chí Minh' }],
    ['the whole country', 'Diện tích lúa đông xuân cả nước đạt 3.123,9 nghìn ha; An Giang giảm 2,5 tạ/ha; cả nước giảm 0,7 tạ/ha.', { kind: 'national' }],
    ['GDP of the whole country', 'Tổng sản phẩm trong nước (GDP) sáu tháng đầu năm 2012 tăng 4,38%.', { kind: 'national' }],
    ['a province that ranks itself in the country', 'GRDP tỉnh Lào Cai tăng 7,14%, xếp thứ 29 cả nước; Lào Cai dẫn đầu vùng.', { kind: 'province', name: 'Lào Cai' }],
    ['no place', 'GRDP năm 2023 tăng 6,68%.', { kind: 'unknown' }],
    ['a province that compares itself with the country, unnamed', 'GRDP bình quân đầu người của tỉnh bằng 40% mức bình quân cả nước; cả nước tăng 8%.', { kind: 'unknown' }],
  ])('%s', (_why, text, place) => {
    expect(documentPlace(text)).toEqual(place);
  });

  describe('edge cases', () => {
    it.each([
      ['the Pacific is no province', 'Thái Bình Dương'],
      ['peace is no province', 'Năm 2023 tỉnh giữ vững hòa bình. Hòa bình là nền tảng.'],
      ['a province needs its capitals', 'cao bằng, lạng sơn'],
      ['a part of a longer word', 'Quảng Trịnh'],
      ['nothing', ''],
    ])('%s', (_why, text) => {
      expect(provincesNamed(text).size).toBe(0);
    });

    it.each([
      ['Niên giám thống kê tỉnh Quảng Trị 2022', 'Quảng Trị'],
      ['Số liệu Cao Bằng và Lạng Sơn', null],
      ['Bảng số liệu', null],
    ])('provinceOfName(%s) is %s', (name, province) => {
      expect(provinceOfName(name)).toBe(province);
    });
  });
});

/** Cao Bằng's GRDP per head of 2022 (39,8 million đồng), as the bundled tables print it. */
const caoBang: KnownSource = {
  origin: 'tables',
  label: 'Bảng số liệu kèm theo (Cao Bằng)',
  labelEn: 'The bundled tables (Cao Bằng)',
  place: 'Cao Bằng',
  values: [{ indicatorId: null, names: ['GRDP bình quân đầu người'], unit: 'triệu đồng', year: 2022, value: 39.8, decimals: 1, source: 'bảng 2' }],
};

describe('sourcesForPlace', () => {
  it("sets aside one province's figures for another's text, and says why in both languages", () => {
    const { used, setAside } = sourcesForPlace('Năm 2023, GRDP bình quân đầu người của tỉnh Quảng Trị đạt 71 triệu đồng.', [caoBang]);
    expect(used).toEqual([]);
    expect(setAside.map((s) => [s.place, s.message.vi, s.message.en])).toEqual([
      [
        'Cao Bằng',
        'Không dùng Bảng số liệu kèm theo (Cao Bằng): đó là số liệu của Cao Bằng, còn văn bản nói về Quảng Trị',
        'The bundled tables (Cao Bằng) was not used: its figures are for Cao Bằng, and the text is about Quảng Trị',
      ],
    ]);
  });

  // What placeFits held before it folded into sourcesForPlace: a set is used unless the text is another place's.
  it.each<[string, string, boolean]>([
    ['Cao Bằng', 'Năm 2023, GRDP tỉnh Quảng Trị tăng 6,68%.', false],
    ['Cao Bằng', 'Năm 2023, GRDP tỉnh Cao Bằng tăng 6,68%.', true],
    ['Khánh Hoà', 'Năm 2023, GRDP tỉnh Khánh Hòa tăng 7,1%.', true],
    ['Cao Bằng', 'Diện tích lúa cả nước đạt 3.123,9 nghìn ha; cả nước giảm 0,7 tạ/ha.', false],
    ['Cao Bằng', 'GRDP năm 2023 tăng 6,68%.', true],
    ['Cao Bằng', 'Năm 2023, GRDP tỉnh Cao  Bằng tăng 6,68%.', true],
  ])('a set of %s for "%s" is used: %s', (place, text, fits) => {
    expect(sourcesForPlace(text, [{ ...caoBang, place }]).used.length === 1).toBe(fits);
  });

  it('keeps them for a text that names their province at all, even beside others', () => {
    const text = 'Năm 2023, GRDP bình quân đầu người của Lạng Sơn đạt 60 triệu đồng; Lạng Sơn dẫn đầu, Cao Bằng đạt 45 triệu đồng.';
    expect(sourcesForPlace(text, [caoBang]).used).toEqual([caoBang]);
  });

  it('keeps them for a text about the same province, or about no named place', () => {
    expect(sourcesForPlace('Năm 2023, GRDP bình quân đầu người tỉnh Cao Bằng đạt 45 triệu đồng.', [caoBang]).used).toEqual([caoBang]);
    expect(sourcesForPlace('Năm 2023, GRDP bình quân đầu người đạt 45 triệu đồng.', [caoBang]).used).toEqual([caoBang]);
  });
});

describe('checkProse with placed sources', () => {
  const quangTri = 'Năm 2023, GRDP bình quân đầu người của tỉnh Quảng Trị đạt 71 triệu đồng, tăng 9,06% so với năm 2022.';

  it("never checks a province's text against another province's figures", () => {
    const report = checkProse(quangTri, [caoBang]);
    expect(report.claims.map((c) => c.verdict)).toEqual(['none', 'implied']);
    expect(report.setAside.map((s) => s.place)).toEqual(['Cao Bằng']);
  });

  it('checks the same sentence against its own province', () => {
    const report = checkProse(quangTri.replace('Quảng Trị', 'Cao Bằng'), [caoBang]);
    expect(report.claims.map((c) => c.verdict)).toEqual(['none', 'mismatch']);
    expect(report.setAside).toEqual([]);
  });
});
