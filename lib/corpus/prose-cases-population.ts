import { fig, implied, part } from './build';
import type { ProseCase } from './types';

/** Censuses and household living-standards surveys (labour surveys: prose-cases-labour.ts). Our wording, the publications' figures. */
export const POPULATION_CASES: readonly ProseCase[] = [
  {
    // Source: census-2019 (kết quả toàn bộ, 19/12/2019). 47.881.061 + 48.327.923 = 96.208.984; shares 49,77 → 49,8 and 50,23 → 50,2.
    id: 'census19-sex',
    doc: 'census-2019',
    text: 'Tổng số dân của cả nước năm 2019 là 96.208.984 người, trong đó nam 47.881.061 người, chiếm 49,8%, và nữ 48.327.923 người, chiếm 50,2%.',
    claims: [
      {
        kind: 'share',
        span: 'chiếm 49,8%',
        figure: fig('49,8', 49.8, '%'),
        indicator: 'dân số nam',
        period: '2019',
        forms: ['share'],
        verdict: 'match',
        computed: 49.7677,
        why: '47.881.061 / 96.208.984 × 100 = 49,77 → 49,8 (the whole that "trong đó" breaks down)',
      },
      {
        kind: 'share',
        span: 'chiếm 50,2%',
        figure: fig('50,2', 50.2, '%'),
        indicator: 'dân số nữ',
        period: '2019',
        forms: ['share'],
        verdict: 'match',
        computed: 50.2323,
        why: '48.327.923 / 96.208.984 × 100 = 50,23 → 50,2',
      },
    ],
    findings: [],
    quiet: [
      { situation: 'parts-total', why: '47.881.061 + 48.327.923 = 96.208.984 exactly' },
      { situation: 'shares', why: '49,8 + 50,2 = 100,0; each share matches its count (49,768 → 49,8; 50,232 → 50,2)' },
    ],
  },
  {
    // Source: census-2019. Scale words, an average annual rate against the total change (interval rule), a points
    // comparison with a slash unit. 2009 = 96.208.984 − 10,4 triệu ∈ [85,76; 85,86] triệu → rate ∈ [1,1447; 1,1565]%/năm.
    id: 'census19-growth',
    doc: 'census-2019',
    text:
      'Năm 2019 dân số cả nước là 96.208.984 người, tăng thêm 10,4 triệu người sau 10 năm; tỷ lệ tăng dân số bình quân giai đoạn ' +
      '2009 - 2019 là 1,14%/năm, thấp hơn giai đoạn 1999 - 2009 (1,18%/năm). Cả nước có 26.870.079 hộ, tăng 4,4 triệu hộ so với năm ' +
      '2009; bình quân 3,6 người/hộ, thấp hơn 0,2 người/hộ so với năm 2009.',
    claims: [
      implied(
        { kind: 'comparison', span: 'tăng thêm 10,4 triệu người', indicator: 'dân số', period: '2009-2019', forms: ['comparative-difference', 'scale-words'] },
        fig('10,4', 10.4, 'triệu người'),
        85808984,
        '2009 = 96.208.984 − 10.400.000 = 85.808.984 người (10,4 triệu stands for [10,35; 10,45] triệu)',
      ),
      {
        kind: 'average-annual',
        span: 'bình quân giai đoạn 2009 - 2019 là 1,14%/năm',
        figure: fig('1,14', 1.14, '%/năm'),
        indicator: 'tỷ lệ tăng dân số',
        period: '2009-2019',
        forms: ['average-annual'],
        verdict: 'match',
        computed: 1.1506,
        why: 'from the total change: 2009 ∈ [85.758.984; 85.858.984] → ((96.208.984 / 2009)^(1/10) − 1) ∈ [1,1447; 1,1565]%, meets [1,135; 1,145]',
      },
      implied(
        { kind: 'comparison', span: 'tăng 4,4 triệu hộ so với năm 2009', indicator: 'số hộ dân cư', period: '2019', forms: ['absolute', 'scale-words'] },
        fig('4,4', 4.4, 'triệu hộ'),
        22470079,
        '2009 = 26.870.079 − 4.400.000 = 22.470.079 hộ',
      ),
      implied(
        { kind: 'comparison', span: 'thấp hơn 0,2 người/hộ so với năm 2009', indicator: 'số người bình quân một hộ', period: '2019', forms: ['comparative-difference', 'slash-unit'] },
        fig('0,2', 0.2, 'người/hộ'),
        3.8,
        '2009 = 3,6 + 0,2 = 3,8 người/hộ ("thấp hơn": the 2019 value is the lower one)',
      ),
    ],
    findings: [],
    quiet: [
      { situation: 'average-total', why: '1,14%/năm agrees with "tăng thêm 10,4 triệu" at the printed precision (the point estimate 1,15 does not)' },
      { situation: 'direction', why: '1,14 < 1,18 as "thấp hơn" says' },
    ],
  },
  {
    // Source: census-2019 (preliminary results 11/7/2019, via Đắk Lắk 24h). From-to with a slash unit.
    id: 'census19-density',
    doc: 'census-2019',
    text: 'Mật độ dân số cả nước tăng từ 259 người/km2 năm 2009 lên 290 người/km2 năm 2019.',
    claims: [
      {
        kind: 'from-to',
        span: 'tăng từ 259 người/km2 năm 2009 lên 290 người/km2 năm 2019',
        figure: fig('290', 290, 'người/km2'),
        indicator: 'mật độ dân số',
        period: '2009-2019',
        forms: ['from-to', 'slash-unit'],
        verdict: 'match',
        computed: null,
        why: '259 → 290 rises, as "tăng" says (direction only)',
      },
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: census-2009 (preliminary, 13/8/2009). 42.482.549 + 43.307.024 = 85.789.573; 9,47 triệu / 10 năm = 947 nghìn/năm.
    id: 'census09-totals',
    doc: 'census-2009',
    text:
      'Lúc 0 giờ ngày 1/4/2009 dân số cả nước là 85.789.573 người, gồm 42.482.549 nam (chiếm 49,5%) và 43.307.024 nữ (chiếm 50,5%); ' +
      'so với năm 1999 dân số tăng 9,47 triệu người, bình quân mỗi năm tăng 947 nghìn người.',
    claims: [
      part('share', { span: 'chiếm 49,5%', indicator: 'dân số nam', period: '2009' }, '49,5', 49.5),
      part('share', { span: 'chiếm 50,5%', indicator: 'dân số nữ', period: '2009' }, '50,5', 50.5),
      implied(
        { kind: 'comparison', span: 'tăng 9,47 triệu người', indicator: 'dân số', period: '1999-2009', forms: ['absolute', 'scale-words'] },
        fig('9,47', 9.47, 'triệu người'),
        76319573,
        '1999 = 85.789.573 − 9.470.000 = 76.319.573 người',
      ),
    ],
    findings: [],
    quiet: [
      { situation: 'parts-total', why: '42.482.549 + 43.307.024 = 85.789.573 exactly' },
      { situation: 'average-total', why: '9,47 triệu over 10 years = 947 nghìn per year (scale words: triệu vs nghìn)' },
    ],
  },
  {
    // Source: vhlss-2018 (Khảo sát mức sống 2018). "cao gấp hơn 1,2 lần" with no base printed; a three-year from-to.
    id: 'vhlss18-households',
    doc: 'vhlss-2018',
    text:
      'Năm 2018, nhân khẩu bình quân một hộ của nhóm nghèo nhất là 4,0 người, cao gấp hơn 1,2 lần nhóm giàu nhất. Tỷ trọng dân số ' +
      'từ 60 tuổi trở lên là 10,4% năm 2006 và 13,3% năm 2016, đến năm 2018 tăng lên 14,8%.',
    claims: [
      implied(
        { kind: 'comparison', span: 'cao gấp hơn 1,2 lần', indicator: 'nhân khẩu bình quân một hộ', period: '2018', forms: ['ratio', 'qualifier'] },
        fig('1,2', 1.2, 'lần'),
        3.333,
        'richest group below 4,0 / 1,2 = 3,33 người ("hơn": a lower bound on the ratio)',
      ),
      {
        kind: 'from-to',
        span: 'đến năm 2018 tăng lên 14,8%',
        figure: fig('14,8', 14.8, '%'),
        indicator: 'tỷ trọng dân số từ 60 tuổi trở lên',
        period: '2016-2018',
        forms: ['from-to'],
        verdict: 'match',
        computed: null,
        why: '13,3 (2016) → 14,8 (2018) rises, as "tăng lên" says',
      },
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: vhlss-2018. Education shares 16,9 + 20,2 + 28,3 + 16,3 + 18,4 = 100,1, within 5 × 0,05 = 0,25.
    id: 'vhlss18-education',
    doc: 'vhlss-2018',
    text:
      'Năm 2018, trong dân số từ 15 tuổi trở lên có 16,9% không có bằng cấp, 20,2% tốt nghiệp tiểu học, 28,3% tốt nghiệp trung học ' +
      'cơ sở, 16,3% tốt nghiệp trung học phổ thông và 18,4% có bằng cấp cao hơn.',
    claims: [
      part('share', { span: '16,9%', indicator: 'không có bằng cấp', period: '2018' }, '16,9', 16.9),
      part('share', { span: '20,2%', indicator: 'tốt nghiệp tiểu học', period: '2018' }, '20,2', 20.2),
      part('share', { span: '28,3%', indicator: 'tốt nghiệp trung học cơ sở', period: '2018' }, '28,3', 28.3),
      part('share', { span: '16,3%', indicator: 'tốt nghiệp trung học phổ thông', period: '2018' }, '16,3', 16.3),
      part('share', { span: '18,4%', indicator: 'có bằng cấp cao hơn', period: '2018' }, '18,4', 18.4),
    ],
    findings: [],
    quiet: [{ situation: 'shares', why: 'sum 100,1 lies within 100 ± 0,25 (five one-decimal shares)' }],
  },
];
