import { describe, expect, it } from 'vitest';
import {
  buildColumns,
  columnLabel,
  findDuplicateYear,
  recognizeHeader,
  type RecognizedHeader,
} from './recognize-columns';

describe('recognizeHeader', () => {
  it.each<[string, RecognizedHeader]>([
    ['STT', { role: 'stt' }],
    ['TT', { role: 'stt' }],
    ['Số TT', { role: 'stt' }],
    ['Số\nTT', { role: 'stt' }],
    ['No', { role: 'stt' }],
    ['No.', { role: 'stt' }],
    ['Chỉ tiêu', { role: 'indicator' }],
    ['Tên chỉ tiêu', { role: 'indicator' }],
    ['Chi tieu', { role: 'indicator' }],
    ['CHỈ TIÊU', { role: 'indicator' }],
    ['Indicator', { role: 'indicator' }],
    // the diagonal corner of a table, years across and indicators down (Thừa Thiên Huế's portal prints "NĂM" over "CHỈ TIÊU")
    ['NĂM\nCHỈ TIÊU', { role: 'indicator' }],
    ['Năm / Chỉ tiêu', { role: 'indicator' }],
    ['Năm\\Chỉ tiêu', { role: 'indicator' }],
    ['Chỉ tiêu \\ Năm', { role: 'indicator' }],
    ['Đơn vị tính', { role: 'unit' }],
    ['Don vi tinh', { role: 'unit' }],
    ['ĐVT', { role: 'unit' }],
    ['Đơn vị', { role: 'unit' }],
    ['Unit', { role: 'unit' }],
    ['Năm 2009', { role: 'year', year: 2009 }],
    ['Nam 2009', { role: 'year', year: 2009 }],
    ['Năm\n2009', { role: 'year', year: 2009 }],
    ['2009', { role: 'year', year: 2009 }],
    ['Year 2009', { role: 'year', year: 2009 }],
    ['Năm 2023 (ước tính)', { role: 'estimate', year: 2023 }],
    ['Ước năm 2023', { role: 'estimate', year: 2023 }],
    ['Ước TH 2023', { role: 'estimate', year: 2023 }],
    ['Ước thực hiện năm 2023', { role: 'estimate', year: 2023 }],
    ['Sơ bộ 2021', { role: 'year', year: 2021 }],
    // bilingual yearbooks print the English word after "Sơ bộ" (GSO and provincial yearbooks)
    ['Sơ bộ - Prel. 2023', { role: 'year', year: 2023 }],
    ['Sơ bộ Prel. 2023', { role: 'year', year: 2023 }],
    ['Prel. 2023', { role: 'year', year: 2023 }],
    ['2023 Sơ bộ - Prel.', { role: 'year', year: 2023 }],
    ['Thực hiện 6 tháng năm 2023', { role: 'year', year: 2023, part: 'L6' }],
    // the columns of a monthly report (Cục Thống kê Thừa Thiên Huế, bán lẻ tháng 10/2023)
    ['Thực hiện tháng 9 năm 2023', { role: 'year', year: 2023, part: 'T9' }],
    ['Ước tính tháng 10 năm 2023', { role: 'estimate', year: 2023, part: 'T10' }],
    ['Lũy kế thực hiện 10 tháng năm 2023', { role: 'year', year: 2023, part: 'L10' }],
    ['Quý III/2023 (tỷ đồng)', { role: 'year', year: 2023, part: 'Q3' }],
    ['12 tháng năm 2023', { role: 'year', year: 2023 }],
    ['Cùng kỳ năm 2022', { role: 'year', year: 2022 }],
    ['Thực hiện cùng kỳ năm 2022', { role: 'year', year: 2022 }],
    ['Cùng kỳ 6 tháng năm 2021', { role: 'year', year: 2021, part: 'L6' }],
    ['KH 2023', { role: 'plan', year: 2023 }],
    ['Dự toán', { role: 'plan' }],
    ['Dự toán năm 2023', { role: 'plan', year: 2023 }],
    ['Dự toán HĐND tỉnh giao năm 2023', { role: 'plan', year: 2023 }],
    ['Nhiệm vụ chi năm 2023', { role: 'plan', year: 2023 }],
    ['Nhiệm vụ', { role: 'plan' }],
    ['Năm 2013 so với năm 2012 (%)', { role: 'index' }],
    ['Chỉ số phát triển (Năm trước = 100) - %', { role: 'index' }],
    // a provincial yearbook's index columns, the later year over the earlier (Nghệ An, Niên giám 2019)
    ['2016/2015', { role: 'index' }],
    ['Năm 2019/Năm 2018 (%)', { role: 'index' }],
    ['2019 / 2018 %', { role: 'index' }],
    // school years, kept under their first year (education yearbooks, "tại thời điểm 30/9")
    ['2021-2022', { role: 'year', year: 2021 }],
    ['Năm học 2022 - 2023', { role: 'year', year: 2022 }],
    ['Chỉ số giá tiêu dùng', { role: 'other' }],
    ['Thực hiện 2015', { role: 'year', year: 2015 }],
    ['Kế hoạch', { role: 'plan' }],
    ['KH', { role: 'plan' }],
    ['Kế hoạch 2015', { role: 'plan', year: 2015 }],
    ['Kế hoạch năm 2015', { role: 'plan', year: 2015 }],
    ['Plan', { role: 'plan' }],
    ['Năm 2022 so sánh với năm 2009', { role: 'claim' }],
    ['Năm 2022\nso sánh với\nnăm 2009', { role: 'claim' }],
    ['2020 so với 2015', { role: 'claim' }],
    ['So sánh với kế hoạch', { role: 'claim' }],
    // a report form's short names (provincial monthly and budget forms; our headers): "So" without "với", "CK" for
    // "cùng kỳ", "TH/KH" for the actual over the plan
    ['So cùng kỳ (%)', { role: 'index' }],
    ['So CK (%)', { role: 'index' }],
    ['% so CK', { role: 'index' }],
    ['9 tháng 2023 so CK (%)', { role: 'index' }],
    ['So KH năm (%)', { role: 'index' }],
    ['So năm trước (%)', { role: 'index' }],
    ['TH/KH (%)', { role: 'index' }],
    ['Ước TH 2023/KH 2023 (%)', { role: 'index' }],
    ['UTH/CK', { role: 'claim' }],
    ['UTH 2023', { role: 'estimate', year: 2023 }],
    ['ƯTH năm 2023', { role: 'estimate', year: 2023 }],
    ['ƯTH 9 tháng năm 2023', { role: 'estimate', year: 2023, part: 'L9' }],
    // "Số" folds to "so": the figure of the plan, not a comparison with it
    ['Số kế hoạch năm 2023', { role: 'other' }],
    ['Số cùng kỳ', { role: 'other' }],
    ['Người/hộ', { role: 'other' }],
    ['Nam 2022 so sanh voi nam 2009', { role: 'claim' }],
    ['Comparison', { role: 'claim' }],
    ['Claim', { role: 'claim' }],
    ['Ghi chú', { role: 'note' }],
    ['Nguồn', { role: 'note' }],
    ['Note', { role: 'note' }],
    ['Source', { role: 'note' }],
    ['Mã chỉ tiêu', { role: 'other' }],
    ['Năm học 2022', { role: 'other' }],
    // Kiên Giang's tourism tables of 2018 and January 2020: a two-level header flattened with its year first
    ['Năm 2018 - Thực hiện', { role: 'year', year: 2018 }],
    ['Năm 2020 - Kế hoạch', { role: 'plan', year: 2020 }],
    ['Năm 2020 - Ước TH tháng 01', { role: 'estimate', year: 2020, part: 'L1' }],
    ['2020 - Ghi chú', { role: 'other' }],
    ['Năm 2018 - Year 2018', { role: 'other' }],
    ['Năm 1850', { role: 'other' }],
    ['', { role: 'other' }],
  ])('%j → %j', (header, expected) => {
    expect(recognizeHeader(header)).toEqual(expected);
  });
});

describe('buildColumns', () => {
  it('recognises the spec example and collapses multi-line headers', () => {
    const columns = buildColumns(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2009', 'Năm\n2022', 'Năm 2022\nso sánh với\nnăm 2009']);
    expect(columns).toEqual([
      { index: 0, header: 'STT', role: 'stt' },
      { index: 1, header: 'Chỉ tiêu', role: 'indicator' },
      { index: 2, header: 'Đơn vị tính', role: 'unit' },
      { index: 3, header: 'Năm 2009', role: 'year', year: 2009 },
      { index: 4, header: 'Năm 2022', role: 'year', year: 2022 },
      { index: 5, header: 'Năm 2022 so sánh với năm 2009', role: 'claim' },
    ]);
  });

  it('keeps a second note or claim column as other', () => {
    const roles = buildColumns(['Chỉ tiêu', '2009', 'Nguồn', 'Ghi chú', 'So sánh', 'So với KH']).map((c) => c.role);
    expect(roles).toEqual(['indicator', 'year', 'note', 'other', 'claim', 'other']);
  });
});

describe('findDuplicateYear', () => {
  it.each<[string[], number | null]>([
    [['Chỉ tiêu', 'Năm 2022', '2022'], 2022],
    [['Chỉ tiêu', 'Năm 2009', 'Năm 2022'], null],
    [['Chỉ tiêu', 'Năm 2015', 'Kế hoạch 2015'], null],
  ])('%j → %s', (cells, year) => {
    expect(findDuplicateYear(buildColumns(cells))?.year ?? null).toBe(year);
  });
});

describe('edge cases', () => {
  it.each(['Năm', 'Nam giới', 'Năm chỉ', 'Mã chỉ tiêu'])('%s names no indicator column by itself', (cell) => {
    expect(recognizeHeader(cell).role).not.toBe('indicator');
  });

  it('names a column without header by position', () => {
    expect(columnLabel({ index: 3, header: '', role: 'other' })).toBe('(không tiêu đề, thứ 4)');
  });
});
