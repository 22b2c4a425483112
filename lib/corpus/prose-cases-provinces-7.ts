import { fig, implied, rate } from './build';
import type { ProseCase } from './types';

/**
 * Releases read in the second stop of 6 December 2026: a summary list whose items end without a full stop and print
 * their changes by sign alone, a province compared with its neighbours' values in brackets, changes of an amount with
 * a rate of attainment between them, and a ratio after a from–to statement. Our wording, the documents' figures.
 */
export const PROVINCE_CASES_7: readonly ProseCase[] = [
  {
    // Source: bentre-2023 (IIP +6,7 %; budget revenue 4.856 tỷ đồng, +10,70 %; investment 19.394,07 tỷ đồng, −13,78 %;
    // CPI +2,6 %). Each value had been named by the next line's label, which gave a false "printed twice" error.
    id: 'bentre23-summary-list',
    doc: 'bentre-2023',
    text:
      'Một số chỉ tiêu chủ yếu của tỉnh năm 2023:\n- Chỉ số sản xuất công nghiệp (IIP): + 6,7%\n- Thu ngân sách trên địa bàn: ' +
      '4.856 tỷ đồng, + 10,70%\n- Vốn đầu tư toàn xã hội: 19.394,07 tỷ đồng, -13,78%\n- Chỉ số giá tiêu dùng bình quân: + 2,6%',
    claims: [
      rate({ span: '+ 6,7%', indicator: 'Chỉ số sản xuất công nghiệp (IIP)', period: '2023', forms: ['percent-change', 'signed-bracket'] }, '6,7', 6.7),
      implied({ kind: 'comparison', span: '+ 10,70%', indicator: 'Thu ngân sách trên địa bàn', period: '2023', forms: ['percent-change', 'signed-bracket'] }, fig('10,70', 10.7, '%'), 4386.63, '4.856 / 1,1070 = 4.386,63 tỷ đồng'),
      implied({ kind: 'comparison', span: '-13,78%', indicator: 'Vốn đầu tư toàn xã hội', period: '2023', forms: ['percent-change', 'signed-bracket'] }, fig('13,78', 13.78, '%'), 22493.7, '19.394,07 / 0,8622 = 22.493,70 tỷ đồng'),
      rate({ span: '+ 2,6%', indicator: 'Chỉ số giá tiêu dùng bình quân', period: '2023', forms: ['percent-change', 'signed-bracket'] }, '2,6', 2.6),
    ],
    findings: [],
    quiet: [{ situation: 'two-values', why: 'each item has its own indicator: the IIP, the revenue, the investment and the CPI are four series' }],
  },
  {
    // Source: quangnam-2021 (GRDP "hơn 102 nghìn tỷ đồng"; Thừa Thiên Huế 58,2, Quảng Ngãi 97,4, Bình Định 95,3 nghìn tỷ
    // đồng). The brackets are the neighbours' values; one had been taken as Quảng Nam's level (two false mismatches).
    // "cao hơn 1,8 lần" is left unread: with "lần" alone a comparative is ambiguous (README).
    id: 'quangnam21-neighbours',
    doc: 'quangnam-2021',
    text:
      'Năm 2021, quy mô GRDP Quảng Nam đạt 102 nghìn tỷ đồng, cao hơn 1,8 lần so với Thừa Thiên Huế (58,2 nghìn tỷ đồng); ' +
      'gấp gần 1,1 lần so với Quảng Ngãi (97,4 nghìn tỷ đồng); gấp 1,1 lần so với Bình Định (95,3 nghìn tỷ đồng).',
    claims: [
      {
        kind: 'comparison',
        span: 'gấp gần 1,1 lần so với Quảng Ngãi',
        figure: fig('1,1', 1.1, 'lần'),
        indicator: 'quy mô GRDP Quảng Nam',
        period: '2021',
        forms: ['ratio', 'bracketed-base', 'qualifier'],
        verdict: 'match',
        computed: 1.0472,
        why: '102 / 97,4 = 1,0472, within "gần 1,1" (±5 %)',
      },
      {
        kind: 'comparison',
        span: 'gấp 1,1 lần so với Bình Định',
        figure: fig('1,1', 1.1, 'lần'),
        indicator: 'quy mô GRDP Quảng Nam',
        period: '2021',
        forms: ['ratio', 'bracketed-base'],
        verdict: 'match',
        computed: 1.0703,
        why: '102 / 95,3 = 1,0703 → 1,1',
      },
    ],
    findings: [],
    quiet: [{ situation: 'two-values', why: 'the bracketed values are the neighbours\u2019, not Quảng Nam\u2019s' }],
  },
  {
    // Source: tuyenquang-2022-9m (development spending 1.596,7 tỷ đồng, 119,07 % of the plan, −26,83 %; recurrent spending
    // 3.902,1 tỷ đồng, 59,42 %, +10,84 %). The changes had been measured from the rates of attainment (bases "162,73%").
    id: 'tuyenquang22-9m-attainment-between',
    doc: 'tuyenquang-2022-9m',
    text:
      'Chín tháng năm 2022, chi đầu tư phát triển là 1.596,7 tỷ đồng, đạt 119,07%, giảm 26,83%; chi thường xuyên là 3.902,1 ' +
      'tỷ đồng, đạt 59,42%, tăng 10,84%.',
    claims: [
      implied({ kind: 'comparison', span: 'giảm 26,83%', indicator: 'chi đầu tư phát triển', period: '9T/2022' }, fig('26,83', 26.83, '%'), 2182.18, '1.596,7 / 0,7317 = 2.182,18 tỷ đồng'),
      implied({ kind: 'comparison', span: 'tăng 10,84%', indicator: 'chi thường xuyên', period: '9T/2022' }, fig('10,84', 10.84, '%'), 3520.48, '3.902,1 / 1,1084 = 3.520,48 tỷ đồng'),
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: travinh-2016-2020 (GRDP per head 35,28 triệu đồng in 2015, 65 triệu đồng in 2020, "gấp 1,84 lần").
    id: 'travinh-2015-2020-ratio-after-from-to',
    doc: 'travinh-2016-2020',
    text: 'GRDP bình quân đầu người của tỉnh tăng từ 35,28 triệu đồng năm 2015 lên 65 triệu đồng năm 2020, gấp 1,84 lần.',
    claims: [
      {
        kind: 'comparison',
        span: 'gấp 1,84 lần',
        figure: fig('1,84', 1.84, 'lần'),
        indicator: 'GRDP bình quân đầu người của tỉnh',
        period: '2015-2020',
        forms: ['ratio', 'from-to'],
        verdict: 'match',
        computed: 1.8424,
        why: '65 / 35,28 = 1,8424 → 1,84',
      },
    ],
    findings: [],
    quiet: [],
  },
  {
    // PLANTED from travinh-2016-2020: the ratio is written 2,1.
    id: 'planted-travinh-ratio-after-from-to',
    doc: 'constructed',
    text: 'GRDP bình quân đầu người của tỉnh tăng từ 35,28 triệu đồng năm 2015 lên 65 triệu đồng năm 2020, gấp 2,1 lần.',
    claims: [
      {
        kind: 'comparison',
        span: 'gấp 2,1 lần',
        figure: fig('2,1', 2.1, 'lần'),
        indicator: 'GRDP bình quân đầu người của tỉnh',
        period: '2015-2020',
        forms: ['ratio', 'from-to'],
        verdict: 'mismatch',
        computed: 1.8424,
        why: '65 / 35,28 = 1,8424 → 1,8, not 2,1',
      },
    ],
    findings: [],
    quiet: [],
  },
];
