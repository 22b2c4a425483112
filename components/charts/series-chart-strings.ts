import type { Lang } from '@/lib/verify/labels';
import type { SeriesMode } from './series-chart-data';

export interface SeriesChartStrings {
  readonly modeGroup: string;
  readonly mode: Record<SeriesMode, string>;
  readonly modeHint: Record<SeriesMode, string>;
  readonly modeUnavailable: Record<SeriesMode, string>;
  readonly axisTitle: (unit: string, mode: SeriesMode) => string;
  readonly xAxis: string;
  readonly tooltipPrinted: string;
  readonly tooltipIndex: string;
  readonly warningMark: string;
  readonly summary: (name: string, unit: string, mode: SeriesMode, points: readonly { year: number; label: string }[]) => string;
}

const INDEX_AXIS: Record<Lang, string> = { vi: 'Chỉ số (năm đầu = 100)', en: 'Index (first year = 100)' };

/** Text of the indicator line chart (components/charts/series-chart.tsx). */
export const SERIES_CHART_STRINGS: Readonly<Record<Lang, SeriesChartStrings>> = {
  vi: {
    modeGroup: 'Cách vẽ',
    mode: { absolute: 'Giá trị', index: 'Chỉ số', log: 'Thang logarit' },
    modeHint: {
      absolute: 'Giá trị như báo cáo in, trục tung bắt đầu từ 0.',
      index: 'Chỉ số: mỗi năm chia cho năm đầu rồi nhân 100; 150 nghĩa là gấp 1,5 lần năm đầu.',
      log: 'Thang logarit: khoảng cách bằng nhau là tốc độ tăng bằng nhau, giúp so các năm có giá trị rất khác nhau.',
    },
    modeUnavailable: {
      absolute: 'Không có giá trị để vẽ.',
      index: 'Không tính được chỉ số vì giá trị năm đầu bằng 0 hoặc âm.',
      log: 'Không vẽ được thang logarit vì có giá trị bằng 0 hoặc âm.',
    },
    axisTitle: (unit, mode) => (mode === 'index' ? INDEX_AXIS.vi : mode === 'log' ? `${unit} (thang logarit)` : unit),
    xAxis: 'Năm',
    tooltipPrinted: 'Số in',
    tooltipIndex: 'Chỉ số',
    warningMark: '△ và ⚠: giá trị có lưu ý về chất lượng số liệu (xem khung cảnh báo).',
    summary: (name, unit, mode, points) => {
      const first = points[0]?.year;
      const last = points[points.length - 1]?.year;
      const scale = mode === 'index' ? ', tính theo chỉ số năm đầu = 100' : mode === 'log' ? ', thang logarit' : '';
      return `Biểu đồ đường: ${name} (${unit})${scale}, ${points.length} năm từ ${first} đến ${last}: ${points
        .map((p) => `năm ${p.year}: ${p.label}`)
        .join('; ')}.`;
    },
  },
  en: {
    modeGroup: 'Show as',
    mode: { absolute: 'Values', index: 'Index', log: 'Log scale' },
    modeHint: {
      absolute: 'Values as printed in the report; the vertical axis starts at 0.',
      index: 'Index: each year divided by the first year, times 100; 150 means 1.5 times the first year.',
      log: 'Log scale: equal distances are equal growth rates, so years with very different values can be compared.',
    },
    modeUnavailable: {
      absolute: 'No values to draw.',
      index: 'No index: the first year’s value is zero or negative.',
      log: 'No log scale: a value is zero or negative.',
    },
    axisTitle: (unit, mode) => (mode === 'index' ? INDEX_AXIS.en : mode === 'log' ? `${unit} (log scale)` : unit),
    xAxis: 'Year',
    tooltipPrinted: 'Printed',
    tooltipIndex: 'Index',
    warningMark: '△ and ⚠: a value with a data-quality warning (see the warning box).',
    summary: (name, unit, mode, points) => {
      const first = points[0]?.year;
      const last = points[points.length - 1]?.year;
      const scale = mode === 'index' ? ', as an index (first year = 100)' : mode === 'log' ? ', log scale' : '';
      return `Line chart: ${name} (${unit})${scale}, ${points.length} years from ${first} to ${last}: ${points
        .map((p) => `${p.year}: ${p.label}`)
        .join('; ')}.`;
    },
  },
};
