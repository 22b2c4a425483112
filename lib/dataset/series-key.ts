import { slugify } from './slugify';
import type { RowView } from './types';

/**
 * The series a row belongs to: its `Mã chỉ tiêu`, else the slug of its series name (the name it is printed with, or
 * that name under the row it breaks down when the table repeats it: see series-names.ts). One rule for the dataset
 * builder, the stores and the pages' links.
 *
 * @example
 * seriesKeyOf({ indicatorId: null, indicator: 'Thu ngân sách' }) // 'thu-ngan-sach'
 * seriesKeyOf({ indicatorId: null, indicator: 'Nam', seriesName: 'Nam (Dân số trung bình)' }) // 'nam-dan-so-trung-binh'
 */
export function seriesKeyOf(row: Pick<RowView, 'indicatorId' | 'indicator' | 'seriesName'>): string {
  return row.indicatorId ?? slugify(row.seriesName ?? row.indicator);
}
