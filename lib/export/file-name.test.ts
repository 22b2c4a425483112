import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportFileName, type YearSpan } from './file-name';

describe('exportFileName', () => {
  it.each<[string, YearSpan, string, string]>([
    ['GDP bình quân đầu người', [2009, 2015, 2022], 'png', 'gdp-binh-quan-dau-nguoi-2009-2022.png'],
    ['GDP bình quân đầu người', { from: 2009, to: 2022 }, 'svg', 'gdp-binh-quan-dau-nguoi-2009-2022.svg'],
    ['Tỷ lệ hộ nghèo', [2022], 'xlsx', 'ty-le-ho-ngheo-2022.xlsx'],
    ['Thu ngân sách', [2022, 2009], 'csv', 'thu-ngan-sach-2009-2022.csv'],
    ['Bảng 2 (2009–2022)', { from: 2009, to: 2022 }, 'csv', 'bang-2-2009-2022.csv'],
    ['Kết quả kiểm tra', null, 'xlsx', 'ket-qua-kiem-tra.xlsx'],
    ['Sản lượng lương thực', { from: 2022, to: 2009 }, '.PNG', 'san-luong-luong-thuc-2009-2022.png'],
    ['Đường giao thông', [], 'csv', 'duong-giao-thong.csv'],
    ['Một số chỉ tiêu năm 2022 so với năm 2015', [2015, 2022], 'png', 'mot-so-chi-tieu-nam-2022-so-voi-nam-2015.png'],
    ['Bảng 1. Năm 2008 so với năm 1991', [1991, 2008], 'xlsx', 'bang-1-nam-2008-so-voi-nam-1991.xlsx'],
    ['Chỉ tiêu năm 2015', [2015, 2022], 'csv', 'chi-tieu-nam-2015-2015-2022.csv'],
  ])('%j %j %s → %s', (title, years, ext, expected) => {
    expect(exportFileName(title, years, ext)).toBe(expected);
  });
});

describe('edge cases', () => {
  it('a title with no letters still gives a name', () => {
    expect(exportFileName('—', [2022], 'png')).toBe('chi-tieu-2022.png');
  });

  it('a title that is only the years is not doubled', () => {
    expect(exportFileName('2009–2022', [2009, 2022], 'png')).toBe('2009-2022.png');
  });

  it('a year inside a longer number does not count as named', () => {
    expect(exportFileName('Mã 20151', [2015], 'csv')).toBe('ma-20151-2015.csv');
  });

  it('ignores non-finite years', () => {
    expect(exportFileName('Thu', [Number.NaN, 2020], 'csv')).toBe('thu-2020.csv');
  });

  it('property: the name is always lowercase ASCII letters, digits, hyphens and one dot', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.integer({ min: 1900, max: 2100 }), { maxLength: 4 }), (title, years) => {
        const name = exportFileName(title, years, 'png');
        // Grammar: slug of [a-z0-9] runs joined by single hyphens, then ".png". Example: "thu-ngan-sach-2009-2022.png".
        expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.png$/);
      }),
    );
  });
});
