import { describe, expect, it } from 'vitest';
import { buildReviewedDataset } from '../../dataset/build-dataset';
import { checkFiles } from '../check-files';
import { reviewQuality, uniqueWarnings } from './review-quality';
import { testSeries } from './test-series';

/*
 * A yearbook-style table from real figures: Bắc Giang, Sở Kế hoạch và Đầu tư, "Chỉ tiêu toàn Tỉnh"
 * (ktxh.khdt.bgo.vn/target/327): value added at current prices (tỷ đồng), industry and construction
 * 15.525,1 (2013), 17.012,0, 25.624,4, 30.329,7, 35.122,3 (2017), services 13.711,5 … 21.394,9; GRDP per head
 * 24,61 (2013) and 26,68 (2014) in million đồng, then 33.785,3 … 43.230,7 (2015–2017) in thousand đồng under one
 * unit (a real unit change); the structure of value added (%) as printed, which sums to 100,03 … 100,10.
 * Planted by us: 303.297 for the 2016 industry value (10×). The plan table uses real 2023 targets of
 * Thừa Thiên Huế (Quyết định 01/QĐ-UBND) and Phú Thọ (Nghị quyết 11/NQ-HĐND); the estimates and words are ours.
 */
const YEARBOOK = [
  'Biểu 05. Giá trị tăng thêm và cơ cấu kinh tế',
  'STT;Chỉ tiêu;Đơn vị tính;Năm 2013;Năm 2014;Năm 2015;Năm 2016;Năm 2017',
  '1;Giá trị tăng thêm công nghiệp - xây dựng;Tỷ đồng;15.525,1;17.012,0;25.624,4;303.297;35.122,3',
  '2;Giá trị tăng thêm dịch vụ;Tỷ đồng;13.711,5;15.463,4;17.174,3;18.867,3;21.394,9',
  '3;GRDP bình quân đầu người;Triệu đồng;24,61;26,68;33.785,3;39.912,6;43.230,7',
  '4;Cơ cấu kinh tế: nông, lâm nghiệp và thủy sản;%;26,00;24,90;23,60;22,50;21,40',
  '5;Cơ cấu kinh tế: công nghiệp - xây dựng;%;39,31;39,35;41,57;41,96;47,80',
  '6;Cơ cấu kinh tế: dịch vụ;%;34,72;35,77;34,81;35,51;30,90',
].join('\n');

const PLAN = [
  'Biểu 01. Kết quả thực hiện các chỉ tiêu chủ yếu năm 2023',
  'STT;Chỉ tiêu;Đơn vị tính;Năm 2022;Kế hoạch 2023;Ước TH 2023;Đánh giá',
  '1;Tốc độ tăng trưởng GRDP;%;8,1;9 - 10;8,5;Đạt',
  '2;Tỷ trọng lao động nông nghiệp;%;36,4;< 35;34,2;Không đạt',
  '3;Tổng thu ngân sách trên địa bàn;Tỷ đồng;5.804;≥ 6.109;6.250;Vượt',
].join('\n');

function dataset() {
  const out = checkFiles([
    { name: 'nien-giam.csv', bytes: YEARBOOK },
    { name: 'ke-hoach.csv', bytes: PLAN },
  ]);
  if (!out.ok) throw new Error(out.error.code);
  return buildReviewedDataset('test', { id: 't', title: 'T', issuer: '', date: '', sections: [] }, out.tables, out.series);
}

describe('the review of a stored dataset (tables read from CSV)', () => {
  const { dataset: ds, quality } = dataset();
  const summary = quality.map((w) => `${w.code}:${w.indicatorIds.join('+')}@${w.years.join('-')}`);

  it('finds the planted 10× slip, the real unit step, the plan word and the shares beyond rounding', () => {
    expect(summary).toEqual([
      'scale-slip:gia-tri-tang-them-cong-nghiep-xay-dung@2016',
      'unit-change:grdp-binh-quan-dau-nguoi@2014-2015',
      'plan-word:toc-do-tang-truong-grdp@2023',
      'plan-word:ty-trong-lao-dong-nong-nghiep@2023',
      ...[2013, 2014, 2015, 2016, 2017].map(
        (y) => `shares-gap:co-cau-kinh-te-nong-lam-nghiep-va-thuy-san+co-cau-kinh-te-cong-nghiep-xay-dung+co-cau-kinh-te-dich-vu@${y}`,
      ),
    ]);
  });

  it('gives the slip its likely value', () => {
    const slip = quality.find((w) => w.code === 'scale-slip');
    expect(slip?.code === 'scale-slip' ? slip.likely : null).toEqual({ value: 30329.7, decimals: 1 });
  });

  it('shows each table its own warnings and each indicator the ones that name it', () => {
    const [yearbook, plan] = ds.tables;
    expect(yearbook?.quality?.map((w) => w.code)).toEqual(['scale-slip', 'unit-change', 'shares-gap', 'shares-gap', 'shares-gap', 'shares-gap', 'shares-gap']);
    expect(plan?.quality?.map((w) => w.code)).toEqual(['plan-word', 'plan-word']);
    const industry = ds.indicators.find((i) => i.id === 'gia-tri-tang-them-cong-nghiep-xay-dung');
    expect(industry?.quality?.map((w) => w.code)).toEqual(['scale-slip']);
    expect(ds.indicators.find((i) => i.id === 'gia-tri-tang-them-dich-vu')?.quality).toEqual([]);
  });

  it('keeps each value with its unit in the stored series', () => {
    expect(ds.indicators.find((i) => i.id === 'gia-tri-tang-them-dich-vu')?.points.map((p) => p.unit)).toEqual(Array(5).fill('Tỷ đồng'));
  });
});

describe('a large upload', () => {
  it('keeps the first 200 warnings of a table and their count', () => {
    const header = 'STT;Chỉ tiêu;Đơn vị tính;Năm 2022;Kế hoạch 2023;Ước TH 2023;Đánh giá';
    // 300 rows whose "Đạt" contradicts 8,5 against 9 - 10, and 2 000 rows without a problem.
    const planRows = Array.from({ length: 300 }, (_, i) => `${i + 1};Chỉ tiêu kế hoạch ${i + 1};%;8,1;9 - 10;8,5;Đạt`);
    const plainRows = Array.from({ length: 2000 }, (_, i) => `${i + 301};Sản lượng ${i + 1};Tấn;1.${String(i % 900).padStart(3, '0')};;1.${String((i % 900) + 50).padStart(3, '0')};`);
    const out = checkFiles([{ name: 'lon.csv', bytes: [header, ...planRows, ...plainRows].join('\n') }]);
    if (!out.ok) throw new Error(out.error.code);
    const { dataset: ds, quality } = buildReviewedDataset('lon', { id: 'l', title: 'L', issuer: '', date: '', sections: [] }, out.tables, out.series);
    expect(quality).toHaveLength(300);
    expect(ds.tables[0]?.quality).toHaveLength(200);
    expect(ds.tables[0]?.qualityTotal).toBe(300);
  });
});

describe('reviewQuality: edge cases', () => {
  it('reads a group of shares once when a table and the series both hold it', () => {
    const rows = (y: number, a: string, b: string) => [
      { indicatorId: 'co-cau-a', indicator: 'Cơ cấu: A', unit: '%', section: null, values: new Map([[y, { raw: a, value: Number(a.replace(',', '.')), decimals: 1 }]]) },
      { indicatorId: 'co-cau-b', indicator: 'Cơ cấu: B', unit: '%', section: null, values: new Map([[y, { raw: b, value: Number(b.replace(',', '.')), decimals: 1 }]]) },
    ];
    const found = reviewQuality({
      series: [testSeries('Cơ cấu: A', '%', [[2020, '40,1']]), testSeries('Cơ cấu: B', '%', [[2020, '60,0']])].map((s, i) => ({ ...s, indicatorId: i === 0 ? 'co-cau-a' : 'co-cau-b' })),
      tables: [{ tableId: 'bang', planRows: [], shareCandidates: rows(2020, '40,1', '60,0') }],
    });
    expect(found.map((w) => [w.code, w.tableId])).toEqual([['shares-rounding', 'bang']]);
  });

  // Cục Thống kê Quảng Trị, Niên giám 2021 (investment at 2010 prices, triệu đồng; rows cut to three): "Vốn đầu tư khác"
  // fell to 10.164 in 2021 and the categories add up to the total with it, so it is no slip of a digit
  it('reads no slip in a value that closes its table\'s sum of parts', () => {
    const csv = [
      ';2019;2020;Sơ bộ Prel. 2021',
      'TỔNG SỐ - TOTAL;11.334.896;13.034.132;18.508.226',
      'Phân theo khoản mục đầu tư - By investment category;;;',
      'Vốn đầu tư XDCB - Investment outlays;8.517.718;9.212.972;16.754.328',
      'Vốn đầu tư mua sắm TSCĐ - Fixed assets;2.764.155;3.753.023;1.743.734',
      'Vốn đầu tư khác - Others;53.023;68.137;10.164',
    ].join('\n');
    const slips = (text: string) => {
      const out = checkFiles([{ name: 'von-dau-tu.csv', bytes: text }]);
      if (!out.ok) throw new Error(out.error.code);
      return buildReviewedDataset('t', { id: 't', title: 'T', issuer: '', date: '', sections: [] }, out.tables, out.series).quality.map((w) => w.code);
    };
    expect(slips(csv)).toEqual([]);
    // the same value where the parts do not add up with it is still a likely slip
    expect(slips(csv.replace('1.743.734', '1.743.000'))).toContain('scale-slip');
  });

  it('is empty for an empty dataset', () => {
    expect(reviewQuality({ series: [], tables: [] })).toEqual([]);
  });

  it('lists a warning shown by two tables once', () => {
    const [w] = reviewQuality({ series: [testSeries('Doanh thu', 'Tỷ đồng', [[2019, '121,3'], [2020, '1.234,5'], [2021, '125,8']])], tables: [] });
    if (!w) throw new Error('no warning');
    expect(uniqueWarnings([[w], [w]])).toEqual([w]);
  });
});
