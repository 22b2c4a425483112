import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkProse } from '../check-prose';
import { parseClaim } from '../../claims/parse-claim';
import { extractClaims } from './extract-claims';
import type { ClaimYears, CompareTo, ExtractedClaim, ExtractedKind } from '../types';

// Grammar: spaces := whitespace+
// Example: "tăng \n\n23,5%" → "tăng 23,5%".
const SPACES = /\s+/gu;

// Grammar: dot := "."
// Example: "84.500" → "84500", so it can be compared with the value 84500.
const DOTS = /\./gu;

/** The parts of a claim a table row pins down; `undefined` fields are not checked. */
interface Expected {
  readonly kind: ExtractedKind;
  readonly indicator?: string | null;
  readonly years?: ClaimYears;
  readonly compareTo?: CompareTo;
  readonly values?: readonly number[];
  readonly unit?: string | null;
  readonly claimText?: string | null;
}

function pick(claim: ExtractedClaim, expected: Expected): Expected {
  const out: Record<string, unknown> = { kind: claim.kind };
  if ('indicator' in expected) out['indicator'] = claim.indicator;
  if ('years' in expected) out['years'] = claim.years;
  if ('compareTo' in expected) out['compareTo'] = claim.compareTo;
  if ('values' in expected) out['values'] = claim.figures.map((f) => f.value);
  if ('unit' in expected) out['unit'] = claim.figures[0]?.unit ?? null;
  if ('claimText' in expected) out['claimText'] = claim.claim?.text ?? null;
  return out as unknown as Expected;
}

function check(raw: string, expected: readonly Expected[]): void {
  const claims = extractClaims(raw);
  expect(claims.map((c, i) => pick(c, expected[i] ?? { kind: c.kind }))).toEqual(expected);
}

/** Constructed sentences, one per kind and shape; none is taken from a real report. */
const KIND_CASES: readonly (readonly [string, string, readonly Expected[]])[] = [
  ['value with a year', 'Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng.', [
    { kind: 'value', indicator: 'doanh thu bưu chính', years: [2023], values: [412.7], unit: 'tỷ đồng', claimText: null },
  ]],
  ['comparison with a year', 'Năm 2023, sản lượng chè đạt 30,1 nghìn tấn, tăng 23,5% so với năm 2018.', [
    { kind: 'value', indicator: 'sản lượng chè', years: [2023], values: [30.1], unit: 'nghìn tấn' },
    { kind: 'comparison', indicator: 'sản lượng chè', years: [2023], compareTo: { year: 2018 }, values: [23.5], unit: '%', claimText: 'tăng 23,5%' },
  ]],
  ['ratio comparison', 'Giá trị xuất khẩu nông sản năm 2022 đạt 96,4 triệu USD, tăng gấp 3,7 lần so với năm 2017.', [
    { kind: 'value', indicator: 'Giá trị xuất khẩu nông sản', years: [2022], values: [96.4], unit: 'triệu USD' },
    { kind: 'comparison', indicator: 'Giá trị xuất khẩu nông sản', years: [2022], compareTo: { year: 2017 }, values: [3.7], unit: 'lần', claimText: 'tăng gấp 3,7 lần' },
  ]],
  ['comparison of periods', 'Giai đoạn 2019 - 2023, tổng dư nợ tín dụng đạt trên 8.400 tỷ đồng, tăng 74,6% so với giai đoạn 2014 - 2018.', [
    { kind: 'value', indicator: 'tổng dư nợ tín dụng', years: { from: 2019, to: 2023 }, values: [8400] },
    { kind: 'comparison', years: { from: 2019, to: 2023 }, compareTo: { period: { from: 2014, to: 2018 } }, values: [74.6], claimText: 'tăng 74,6%' },
  ]],
  ['absolute change in a count', 'Năm 2024 toàn huyện có 412 hợp tác xã tăng 57 hợp tác xã so với năm 2019.', [
    { kind: 'value', indicator: 'hợp tác xã', years: [2024], values: [412], unit: 'hợp tác xã' },
    { kind: 'comparison', indicator: 'hợp tác xã', years: [2024], compareTo: { year: 2019 }, values: [57], claimText: 'tăng 57 hợp tác xã' },
  ]],
  ['from–to with years in brackets', 'Lao động chuyển dịch tích cực, trong đó thương mại, du lịch tăng từ 21,35% (năm 2018) lên 27,6% (năm 2023).', [
    { kind: 'from-to', indicator: 'thương mại, du lịch', years: [2018, 2023], values: [21.35, 27.6], unit: '%', claimText: 'tăng từ 21,35% (năm 2018) lên 27,6% (năm 2023)' },
  ]],
  ['from–to with bare years', 'Tỷ lệ hộ thiếu nước sạch giảm từ 14,2% năm 2018 xuống còn 6,05% năm 2023.', [
    { kind: 'from-to', indicator: 'Tỷ lệ hộ thiếu nước sạch', years: [2018, 2023], values: [14.2, 6.05], claimText: 'giảm từ 14,2% năm 2018 xuống còn 6,05% năm 2023' },
  ]],
  ['from–to without a direction word', 'Tỷ lệ đô thị hóa từ 22% (năm 2018) lên 29,4% (năm 2023).', [
    { kind: 'from-to', indicator: 'Tỷ lệ đô thị hóa', years: [2018, 2023], values: [22, 29.4], claimText: 'từ 22% (năm 2018) lên 29,4% (năm 2023)' },
  ]],
  ['plan achievement', 'Sản lượng cá nuôi đạt 7,9 nghìn tấn, bằng 102,5% kế hoạch.', [
    { kind: 'value', indicator: 'Sản lượng cá nuôi', values: [7.9] },
    { kind: 'plan', indicator: 'Sản lượng cá nuôi', values: [102.5], unit: '%', claimText: 'bằng 102,5% kế hoạch' },
  ]],
  ['average annual rate', 'Tổng mức bán lẻ hàng hóa bình quân tăng 11,2%/năm.', [
    { kind: 'average-annual', indicator: 'Tổng mức bán lẻ hàng hóa', years: [], values: [11.2], unit: '%/năm', claimText: 'bình quân tăng 11,2%/năm' },
  ]],
  ['growth rate over a period', 'Tốc độ tăng trưởng ngành dịch vụ giai đoạn 2019 - 2023 đạt 6,8%/năm.', [
    { kind: 'average-annual', indicator: 'Tốc độ tăng trưởng ngành dịch vụ', years: { from: 2019, to: 2023 }, values: [6.8], claimText: 'đạt 6,8%/năm' },
  ]],
  ['share of a whole', 'Người cao tuổi chiếm 12,45% dân số.', [
    { kind: 'share', indicator: 'Người cao tuổi', values: [12.45], unit: '%', claimText: null },
  ]],
  ['part of a whole', 'Toàn huyện có 73/95 xã đạt chuẩn nông thôn mới.', [
    { kind: 'part-whole', indicator: 'xã đạt chuẩn nông thôn mới', values: [73, 95], unit: 'xã', claimText: null },
  ]],
];

describe('extractClaims: kinds', () => {
  it.each(KIND_CASES)('%s', (_name, raw, expected) => {
    check(raw, expected);
  });
});

/** The same kind of sentence, broken the way a PDF reader breaks it. */
const ARTEFACT_CASES: readonly (readonly [string, string, readonly Expected[]])[] = [
  ['wrapped lines', 'Năm 2023, sản lượng chè \nđạt 30,1 nghìn tấn, tăng \n23,5% so với năm \n2018.', [
    { kind: 'value', indicator: 'sản lượng chè', years: [2023], values: [30.1] },
    { kind: 'comparison', compareTo: { year: 2018 }, values: [23.5] },
  ]],
  ['blank lines between the lines', 'Năm 2023, sản lượng chè \n\nđạt 30,1 nghìn tấn, tăng \n\n23,5% so với năm \n\n2018.', [
    { kind: 'value', indicator: 'sản lượng chè', years: [2023], values: [30.1] },
    { kind: 'comparison', compareTo: { year: 2018 }, values: [23.5] },
  ]],
  ['a page number inside a sentence', 'Năm 2023 số khách lưu trú đạt \n\n\n\n17 \n\n84.500 lượt khách, tăng 31% so với năm 2019.', [
    { kind: 'value', indicator: 'số khách lưu trú', values: [84500], unit: 'lượt khách' },
    { kind: 'comparison', compareTo: { year: 2019 }, values: [31] },
  ]],
  ['a figure split from its unit', 'doanh thu vận tải năm 2023 đạt 96,4 tỷ đồng, tăng gấp 3,7 \n\n lần so với năm 2017.', [
    { kind: 'value', values: [96.4] },
    { kind: 'comparison', indicator: 'doanh thu vận tải', values: [3.7], unit: 'lần', claimText: 'tăng gấp 3,7 lần' },
  ]],
  ['a period split across lines', 'giai \n\nđoạn 2019 - \n2023, số doanh nghiệp thành lập mới tăng 41% so với giai \n\nđoạn 2014 - 2018.', [
    { kind: 'comparison', indicator: 'số doanh nghiệp thành lập mới', years: { from: 2019, to: 2023 }, compareTo: { period: { from: 2014, to: 2018 } } },
  ]],
  ['decomposed (NFD) letters', 'Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng, tăng 9,2% so với năm 2020.'.normalize('NFD'), [
    { kind: 'value', indicator: 'doanh thu bưu chính', values: [412.7], unit: 'tỷ đồng' },
    { kind: 'comparison', compareTo: { year: 2020 }, claimText: 'tăng 9,2%' },
  ]],
];

describe('extractClaims: PDF artefacts', () => {
  it.each(ARTEFACT_CASES)('%s', (_name, raw, expected) => {
    check(raw, expected);
  });

  it.each([...KIND_CASES, ...ARTEFACT_CASES])('offsets point at the figures in the raw text: %s', (_name, raw) => {
    const claims = extractClaims(raw);
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      const slice = raw.slice(claim.start, claim.end).normalize('NFC').replace(SPACES, ' ');
      expect(slice).toBe(claim.text);
      const first = claim.figures[0];
      expect(first).toBeDefined();
      const printed = String(first?.value).replace('.', ',');
      expect(slice.replace(DOTS, '')).toContain(printed);
    }
  });
});

describe('extractClaims: context', () => {
  it('carries the indicator and period across clauses of one sentence', () => {
    check('Giai đoạn 2019 - 2023, doanh thu lữ hành đạt 2.150 tỷ đồng, tăng 66% so với giai đoạn 2014 - 2018; bình quân tăng 14%/năm.', [
      { kind: 'value', indicator: 'doanh thu lữ hành', years: { from: 2019, to: 2023 } },
      { kind: 'comparison', indicator: 'doanh thu lữ hành', years: { from: 2019, to: 2023 } },
      { kind: 'average-annual', indicator: 'doanh thu lữ hành', years: { from: 2019, to: 2023 } },
    ]);
  });

  // Bạc Liêu, 4 months of 2022 (our words, its figures): the total before a bracketed breakdown is what the claims after
  // the bracket measure, not the last part inside it
  it('carries the subject before a breakdown in brackets past them', () => {
    check('Năm 2022 tổng sản lượng thủy sản ước 93.298 tấn (trong đó tôm 34.948 tấn, cá 58.350 tấn), đạt 20,25% kế hoạch, tăng 3,53%.', [
      { kind: 'value', indicator: 'tổng sản lượng thủy sản', years: [2022] },
      { kind: 'value', indicator: 'tôm', years: [2022] },
      { kind: 'value', indicator: 'cá', years: [2022] },
      { kind: 'plan', indicator: 'tổng sản lượng thủy sản', years: [2022] },
      { kind: 'comparison', indicator: 'tổng sản lượng thủy sản', years: [2022] },
    ]);
  });

  // Sóc Trăng's retail, May 2024 (our words, its figures): after the breakdown, a change joined by "và" to a bare
  // direction word is the total's too (it took "tăng so với tháng trước và" for its subject)
  it('carries the subject before a breakdown in brackets to a change joined by "và" after them', () => {
    check('Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tháng 5 ước 8.515 tỷ đồng (trong đó bán lẻ hàng hóa ước 5.390 tỷ đồng), tăng so với tháng trước và tăng 13,94% so với tháng 5/2023.', [
      { kind: 'value', indicator: 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ', years: [] },
      { kind: 'value', indicator: 'bán lẻ hàng hóa', years: [] },
      { kind: 'comparison', indicator: 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ', years: [] },
    ]);
  });

  // edge cases (our words, Sóc Trăng's figures): a subject of its own after the brackets keeps it
  it('leaves a change with a subject of its own after the brackets to that subject', () => {
    const claims = extractClaims('Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tháng 5 ước 8.515 tỷ đồng (trong đó bán lẻ hàng hóa ước 5.390 tỷ đồng), doanh thu dịch vụ lưu trú tăng 5,2% so với tháng trước.');
    expect(claims.map((c) => c.indicator)).toEqual(['Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ', 'bán lẻ hàng hóa', 'doanh thu dịch vụ lưu trú']);
  });

  // Bà Rịa - Vũng Tàu's exports of 9 months of 2022 (our words, its figures): a subject named before the brackets keeps them
  it('keeps the subject named right before brackets after them', () => {
    check('Năm 2022 xuất khẩu đạt 4,36 tỷ USD, tăng 11,73%; trong đó châu Á (chiếm tỷ trọng 67,2%) tăng 12,09%.', [
      { kind: 'value', indicator: 'xuất khẩu', years: [2022] },
      { kind: 'comparison', indicator: 'xuất khẩu', years: [2022] },
      { kind: 'share', indicator: 'châu Á', years: [2022] },
      { kind: 'comparison', indicator: 'châu Á', years: [2022] },
    ]);
  });

  it('checks a change after a breakdown in brackets against the total (it was a false mismatch against the last part)', () => {
    const report = checkProse(
      'Năm 2021 tổng sản lượng thủy sản đạt 90.117 tấn, trong đó cá 50.000 tấn. Năm 2022 tổng sản lượng thủy sản ước 93.298 tấn (trong đó tôm 34.948 tấn, cá 58.350 tấn), tăng 3,53% so với năm 2021.',
    );
    const change = report.claims.find((c) => c.kind === 'comparison');
    expect([change?.verdict, change?.from?.value, change?.to?.value]).toEqual(['match', 90117, 93298]);
  });

  it('gives list items the year of the list intro', () => {
    check('Kết quả năm 2024 như sau:\n- Diện tích cây ăn quả: 5,4 nghìn ha, bằng 103% kế hoạch.\n- Số lao động có việc làm mới: 3.120 người.', [
      { kind: 'value', indicator: 'Diện tích cây ăn quả', years: [2024] },
      { kind: 'plan', indicator: 'Diện tích cây ăn quả', years: [2024] },
      { kind: 'value', indicator: 'Số lao động có việc làm mới', years: [2024] },
    ]);
  });

  it('does not carry a list intro past the list', () => {
    const claims = extractClaims('Kết quả năm 2024 như sau:\n- Diện tích lúa: 8,1 nghìn ha.\nSố trạm y tế đạt 210 trạm, tăng 6 trạm.');
    expect(claims.map((c) => [c.indicator, c.years])).toEqual([
      ['Diện tích lúa', [2024]],
      ['Số trạm y tế', []],
      ['Số trạm y tế', []],
    ]);
  });

  it('gives an average rate without years the span of a later comparison of the same indicator', () => {
    check('Vốn đầu tư công bình quân tăng trên 9%/năm; năm 2023 đạt 6.210 tỷ đồng, tăng 58% so với năm 2018.', [
      { kind: 'average-annual', indicator: 'Vốn đầu tư công', years: { from: 2018, to: 2023 } },
      { kind: 'value', indicator: 'Vốn đầu tư công', years: [2023] },
      { kind: 'comparison', indicator: 'Vốn đầu tư công', compareTo: { year: 2018 } },
    ]);
  });

  it('keeps the subject across plans named by who set them (laocai-2025-budget, our sentence)', () => {
    const claims = extractClaims('Thu nội địa đạt 2.433 tỷ đồng, bằng 28,4% dự toán Trung ương giao, bằng 19,2% dự toán tỉnh giao, tăng 75,6% so với cùng kỳ.');
    expect(claims.map((c) => [c.kind, c.indicator])).toEqual([
      ['value', 'Thu nội địa'],
      ['plan', 'Thu nội địa'],
      ['plan', 'Thu nội địa'],
      ['comparison', 'Thu nội địa'],
    ]);
  });

  it('reads rows of a table flattened into text', () => {
    const raw = 'Chỉ tiêu Đơn vị Năm 2012 Năm 2023 \n\nNăm 2023 so sánh \n\nvới năm 2012 \n\n1 Sản lượng chè Nghìn tấn 12,5 30,1 \nTăng \n\n2,4 lần \n\n2 \nSố hộ khá Hộ 150 420 \nTăng \n\n2,8 lần';
    const claims = extractClaims(raw);
    expect(claims.map((c) => [c.source, c.indicator, c.years, c.compareTo, c.claim?.text])).toEqual([
      ['table', 'Sản lượng chè', [2023], { year: 2012 }, 'Tăng 2,4 lần'],
      ['table', 'Số hộ khá', [2023], { year: 2012 }, 'Tăng 2,8 lần'],
    ]);
    expect(claims[0]?.endpoints).toEqual({
      from: { value: 12.5, decimals: 1, unit: 'nghìn tấn', year: 2012 },
      to: { value: 30.1, decimals: 1, unit: 'nghìn tấn', year: 2023 },
    });
  });

  it('every comparison it finds carries the claim parseClaim reads from the same words, of the matching kind', () => {
    const expectedKinds: Record<string, readonly string[]> = {
      comparison: ['percent', 'ratio', 'ratio-minus-one', 'absolute', 'points'],
      'average-annual': ['average-annual'],
      plan: ['plan'],
      'from-to': ['direction'],
    };
    const all = [...KIND_CASES, ...ARTEFACT_CASES].flatMap(([, raw]) => extractClaims(raw));
    const phrased = all.filter((c) => c.claim !== null);
    expect(phrased.length).toBeGreaterThan(10);
    for (const claim of phrased) {
      const read = claim.claim;
      expect(read?.ok, read?.text).toBe(true);
      if (read?.ok) {
        expect(read).toEqual(parseClaim(read.text));
        expect(expectedKinds[claim.kind]).toContain(read.kind);
      }
    }
  });
});

describe('edge cases', () => {
  it.each([
    ['empty text', ''],
    ['prose without figures', 'Công tác cải cách hành chính được đẩy mạnh.'],
    ['a year alone', 'Năm 2023 là năm bản lề.'],
    ['an ordinal and a programme number', 'Đại hội lần thứ 5 và chương trình 135.'],
    ['only page numbers', '\n\n\n\n9 \n\n\n\n10\n'],
    ['a date', 'Quyết định số 12/QĐ-UBND ngày 07/6/2012.'],
  ])('%s gives no claims', (_name, raw) => {
    expect(extractClaims(raw)).toEqual([]);
  });

  it('gives every claim, of prose or of a flattened table row, the same fields in the same order (one object shape)', () => {
    const raw = 'Chỉ tiêu Đơn vị Năm 2012 Năm 2023 \n\nNăm 2023 so sánh \n\nvới năm 2012 \n\n1 Sản lượng chè Nghìn tấn 12,5 30,1 \nTăng \n\n2,4 lần';
    const all = [...KIND_CASES, ...ARTEFACT_CASES].map(([, text]) => text).concat(raw).flatMap((text) => extractClaims(text));
    expect(new Set(all.map((c) => c.source))).toEqual(new Set(['prose', 'table']));
    const shapes = new Set(all.map((c) => Object.keys(c).join(',')));
    expect([...shapes]).toHaveLength(1);
  });

  it('takes the price base out of the years', () => {
    const [value] = extractClaims('Giá trị sản xuất thủy sản năm 2023 (giá so sánh năm 2010) đạt 820 tỷ đồng.');
    expect(value?.years).toEqual([2023]);
    expect(value?.indicator).toBe('Giá trị sản xuất thủy sản');
  });

  it('NFD and NFC input give the same claims', () => {
    const raw = 'Năm 2023 số thuê bao di động đạt 1,2 triệu thuê bao, tăng 18,4% so với năm 2019; bình quân tăng 4,3%/năm.';
    const strip = (c: ExtractedClaim): unknown => ({ ...c, start: 0, end: 0 });
    expect(extractClaims(raw.normalize('NFD')).map(strip)).toEqual(extractClaims(raw).map(strip));
  });

  const fragment = fc.constantFrom(
    'năm 2023 ', 'giai đoạn 2018 - 2022 ', 'doanh thu ', 'đạt ', 'tăng ', 'giảm ', 'gấp ', 'từ ', 'lên ', 'xuống còn ',
    'so với ', 'bình quân ', 'trên ', '12,5', '2.310.500', '6.210,4', '%', '%/năm', ' lần', ' tỷ đồng', ' doanh nghiệp',
    'bằng ', ' kế hoạch', 'chiếm ', '73/95 xã', '(năm 2015) ', ', ', '; ', '. ', ':', '\n', '\n\n', '\n\n\n\n9 \n\n', ' ',
    'ta\u0306ng ', '- ', 'Năm 2012 so sánh với năm 2009 ', '(',
  );

  it('never throws, and its spans are in bounds, ordered and disjoint, for claim-like text', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 40 }), (parts) => {
        const raw = parts.join('');
        let lastEnd = 0;
        for (const claim of extractClaims(raw)) {
          expect(claim.start).toBeGreaterThanOrEqual(lastEnd);
          expect(claim.end).toBeGreaterThan(claim.start);
          expect(claim.end).toBeLessThanOrEqual(raw.length);
          lastEnd = claim.end;
        }
      }),
    );
  });

  it('never throws, and its spans are in bounds, ordered and disjoint, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (raw) => {
        let lastEnd = 0;
        for (const claim of extractClaims(raw)) {
          expect(claim.start).toBeGreaterThanOrEqual(lastEnd);
          expect(claim.end).toBeGreaterThan(claim.start);
          expect(claim.end).toBeLessThanOrEqual(raw.length);
          lastEnd = claim.end;
        }
      }),
    );
  });
});
