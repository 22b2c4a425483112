import type { TrapCase } from './types';

/**
 * Traps of the stop of 6 December 2026 (afternoon): ranges a plan prints, a list that names its rest without a figure,
 * a unit in a row's name, and a bracketed change beside a total. Our wording, the documents' figures.
 */
export const RANGE_TRAPS: readonly TrapCase[] = [
  {
    // Source: cantho-2018-plan. Ranges of shares (99,97 to 100,03 together) and of growth: never a change from the lower
    // bound to the upper, nor two shares (the upper end of one and the lower of the next made a false 91,92%).
    id: 'trap-plan-ranges',
    doc: 'cantho-2018-plan',
    text:
      'Năm 2018, trong cơ cấu GRDP, nông nghiệp - thủy sản chiếm từ 8,07% đến 8,10%, công nghiệp - xây dựng chiếm 32,77% đến ' +
      '32,79% và thương mại dịch vụ chiếm 59,13% đến 59,14%; giá trị tăng thêm công nghiệp - xây dựng tăng từ 7,86% đến 8,43%.',
    trap: 'range',
    span: null,
    why: 'ranges of a plan: one range each, no from–to and no list of shares',
  },
  {
    // Source: thainguyen-2019-q1-retail. The sentence names the rest (the foreign-invested sector) without its 0,5%.
    id: 'trap-remainder-named',
    doc: 'thainguyen-2019-q1-retail',
    text:
      'Trong đó, khu vực kinh tế nhà nước chiếm 5,3%; khu vực kinh tế ngoài nhà nước chiếm 94,2%; còn lại khu vực có vốn đầu tư nước ngoài.',
    trap: 'remainder-named',
    span: null,
    why: '5,3 + 94,2 = 99,5: the rest, 0,5%, is named without its figure; no shares-not-100 warning',
  },
  {
    // Source: hue-2011-2015, printed one cell a line. "(1000 tỷ đồng)" is the row's unit (its values run 11.000 to
    // 16.320 tỷ đồng); read as 1.000 tỷ đồng, it met the bundled series as a false conflict.
    id: 'trap-unit-in-row-name',
    doc: 'hue-2011-2015',
    text: 'Tổng vốn đầu tư toàn xã hội (1000 tỷ đồng)\n\n11.000\n\n12.500\n\n13.700\n\n14.700\n\n16.320',
    trap: 'unit-label',
    span: null,
    why: 'a power of ten in brackets ending a name is its unit, not a value of 2015',
  },
  {
    // Source: hanam-2021-04. "(-643,7 ha)" is the fall of the total, not the total its parts add up to. (The release's
    // rates are left out: its "giảm 2,1%" and "giảm 2,9%" do not fit its own falls, 2,01% and 2,72%.)
    id: 'trap-bracketed-change-beside-total',
    doc: 'hanam-2021-04',
    text:
      'Diện tích nhóm cây lương thực có hạt 31.398,4 ha, giảm (-643,7 ha) so với cùng kỳ, trong đó: diện tích lúa 29.614,1 ha, ' +
      'giảm (-593,8 ha); diện tích gieo trồng ngô 1.784,2 ha, giảm (-49,9 ha).',
    trap: 'bracketed-change',
    span: null,
    why: '29.614,1 + 1.784,2 = 31.398,3, the total 31.398,4 within rounding; the bracket is a change',
  },
];
