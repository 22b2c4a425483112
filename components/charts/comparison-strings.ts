import type { Lang } from '@/lib/verify/labels';
import type { ChartTerms } from '@/components/tables/types';

/** Text of the claimed-against-computed chart. */
export interface ComparisonStrings {
  readonly legendClaimed: string;
  readonly legendArrow: string;
  readonly legendComputed: string;
  readonly legendGap: string;
  readonly legendVerdict: string;
  readonly axisLog: string;
  readonly panelTitle: {
    readonly ratio: string;
    readonly percent: string;
    readonly permille: string;
    readonly points: string;
    readonly annual: string;
    readonly pointsAnnual: string;
    readonly plan: string;
    readonly planExcess: string;
    readonly index: string;
    readonly absolute: string;
    readonly direction: string;
  };
  readonly panelSummary: (title: string, unit: string, count: number) => string;
  readonly directionSummary: (unit: string, count: number) => string;
  readonly pointSummary: (indicator: string, claimed: string, computed: string, verdict: string) => string;
  readonly overall: (plotted: number, bad: number) => string;
  readonly nothingToPlot: string;
  readonly unplottedHeading: string;
  readonly unplottedReason: {
    readonly implied: string;
    readonly 'not-computed': string;
  };
  readonly dataHeading: string;
  readonly dataIndicator: string;
  readonly dataClaim: string;
  readonly dataClaimed: string;
  readonly dataComputed: string;
  readonly dataVerdict: string;
  readonly dataUnit: string;
}

export const COMPARISON_STRINGS: Readonly<Record<Lang, ComparisonStrings>> = {
  vi: {
    legendClaimed: 'Số in trong nhận định',
    legendArrow: 'Chiều mà nhận định nói (tăng hoặc giảm)',
    legendComputed: 'Số tính lại từ hai giá trị trong bảng',
    legendGap: 'Đoạn nối: khoảng chênh giữa hai số',
    legendVerdict: 'Ký hiệu bên phải: kết luận',
    axisLog: 'thang logarit',
    panelTitle: {
      ratio: 'Tăng, giảm bao nhiêu lần',
      percent: 'Tăng, giảm bao nhiêu phần trăm',
      permille: 'Tăng, giảm bao nhiêu phần nghìn',
      points: 'Chênh lệch tính bằng điểm phần trăm',
      annual: 'Tốc độ tăng bình quân mỗi năm',
      pointsAnnual: 'Chênh lệch điểm phần trăm bình quân mỗi năm',
      plan: 'Thực hiện so với kế hoạch',
      planExcess: 'Phần vượt kế hoạch',
      index: 'Chỉ số so với năm gốc',
      absolute: 'Chênh lệch tuyệt đối',
      direction: 'Nhận định chỉ nói tăng hay giảm: mũi tên là chiều được nói, hình tròn là mức thay đổi thật',
    },
    panelSummary: (title: string, unit: string, count: number) =>
      `Biểu đồ điểm: ${title} (${unit}), ${count} chỉ tiêu. Mỗi chỉ tiêu có hình thoi rỗng là số in và hình tròn đặc là số tính lại.`,
    directionSummary: (unit: string, count: number) =>
      `Biểu đồ chiều thay đổi (${unit}), ${count} chỉ tiêu. Mỗi chỉ tiêu có mũi tên là chiều được nói và hình tròn là mức thay đổi tính lại từ hai giá trị.`,
    pointSummary: (indicator: string, claimed: string, computed: string, verdict: string) =>
      `${indicator}: in ${claimed}, tính lại ${computed}, ${verdict}`,
    overall: (plotted: number, bad: number) =>
      bad === 0
        ? `${plotted} nhận định có con số được vẽ; không có số nào lệch.`
        : `${plotted} nhận định có con số được vẽ; ${bad} nhận định lệch hoặc sai chiều (đoạn nối dài, ký hiệu ✗ hoặc ⇅).`,
    nothingToPlot: 'Bảng này không có nhận định nào vừa có con số vừa tính lại được, nên không có gì để vẽ. Xem bảng bên dưới.',
    unplottedHeading: 'Nhận định không vẽ được',
    unplottedReason: {
      implied: 'Tài liệu thiếu một trong hai giá trị nên không tính lại được. Cột “Số tính lại” của bảng ghi giá trị mà nhận định ngầm cho biết:',
      'not-computed': 'Không tính lại được từ số liệu trong bảng (thiếu cả hai giá trị, hoặc giá trị gốc bằng 0 hay âm):',
    },
    dataHeading: 'Số liệu của biểu đồ',
    dataIndicator: 'Chỉ tiêu',
    dataClaim: 'Nhận định in',
    dataClaimed: 'Số in',
    dataComputed: 'Số tính lại',
    dataVerdict: 'Kết luận',
    dataUnit: 'Đơn vị',
  },
  en: {
    legendClaimed: 'Figure printed in the claim',
    legendArrow: 'Direction the claim states (up or down)',
    legendComputed: 'Figure recomputed from the two values in the table',
    legendGap: 'Joining line: the gap between the two',
    legendVerdict: 'Symbol on the right: the verdict',
    axisLog: 'log scale',
    panelTitle: {
      ratio: 'How many times larger or smaller',
      percent: 'Change in per cent',
      permille: 'Change in per mille',
      points: 'Change in percentage points',
      annual: 'Average annual growth',
      pointsAnnual: 'Average change in percentage points a year',
      plan: 'Achieved against plan',
      planExcess: 'Amount over plan',
      index: 'Index on the base year',
      absolute: 'Absolute change',
      direction: 'Claims that only say up or down: the arrow is the stated direction, the circle the actual change',
    },
    panelSummary: (title: string, unit: string, count: number) =>
      `Dot plot: ${title} (${unit}), ${count} indicators. Each has a hollow diamond for the printed figure and a filled circle for the recomputed one.`,
    directionSummary: (unit: string, count: number) =>
      `Direction chart (${unit}), ${count} indicators. Each has an arrow for the stated direction and a circle for the change recomputed from the two values.`,
    pointSummary: (indicator: string, claimed: string, computed: string, verdict: string) =>
      `${indicator}: printed ${claimed}, recomputed ${computed}, ${verdict}`,
    overall: (plotted: number, bad: number) =>
      bad === 0
        ? `${plotted} claims with a figure are drawn; none is off.`
        : `${plotted} claims with a figure are drawn; ${bad} are off or in the wrong direction (long joining line, ✗ or ⇅).`,
    nothingToPlot: 'No claim in this table has both a figure and a recomputed value, so there is nothing to draw. See the table below.',
    unplottedHeading: 'Claims not drawn',
    unplottedReason: {
      implied: 'The document lacks one of the two values, so these cannot be recomputed. The table’s “Recomputed” column gives the value each claim implies:',
      'not-computed': 'These cannot be recomputed from the table (both values missing, or a zero or negative base):',
    },
    dataHeading: 'Data of the chart',
    dataIndicator: 'Indicator',
    dataClaim: 'Printed claim',
    dataClaimed: 'Printed',
    dataComputed: 'Recomputed',
    dataVerdict: 'Verdict',
    dataUnit: 'Unit',
  },
};

function isAbsoluteTerms(terms: ChartTerms): terms is `absolute:${string}` {
  return terms.startsWith('absolute:');
}

function isDirectionTerms(terms: ChartTerms): terms is `direction:${string}` {
  return terms.startsWith('direction:');
}

/**
 * The title of the panel that holds figures in these terms.
 * @example panelTitle('ratio', 'vi') // → "Tăng, giảm bao nhiêu lần"
 */
export function panelTitle(terms: ChartTerms, lang: Lang): string {
  const titles = COMPARISON_STRINGS[lang].panelTitle;
  if (isAbsoluteTerms(terms)) return titles.absolute;
  if (isDirectionTerms(terms)) return titles.direction;
  switch (terms) {
    case 'ratio':
      return titles.ratio;
    case 'percent':
      return titles.percent;
    case 'permille':
      return titles.permille;
    case 'points':
      return titles.points;
    case 'annual':
      return titles.annual;
    case 'points-annual':
      return titles.pointsAnnual;
    case 'plan':
      return titles.plan;
    case 'plan-excess':
      return titles.planExcess;
    case 'index':
      return titles.index;
  }
}
