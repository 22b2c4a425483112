/**
 * Small tables for the server tests (figures only; indicator names are generic).
 */
import { buildDataset } from '../../dataset/build-dataset';
import type { Dataset } from '../../dataset/types';
import { checkFiles } from '../../verify/check-files';
import { describeTableProblem } from '../../tables/messages';

/** A `;` table with one match, one mismatch and one wrong direction. */
export const SAMPLE_CSV = [
  'BẢNG 1. Một số chỉ tiêu',
  'STT;Chỉ tiêu;Đơn vị tính;Năm 2015;Năm 2020;Năm 2020 so với năm 2015',
  '1;GDP bình quân đầu người;Triệu đồng;10,6;39,8;Tăng 3,8 lần',
  '2;Thu ngân sách;Tỷ đồng;1.042,5;1.563,7;Tăng 60%',
  '3;Tỷ lệ hộ nghèo;%;33,65;20,1;Tăng 5 điểm phần trăm',
].join('\r\n');

/**
 * A checked dataset built from SAMPLE_CSV (or the given text) under the given id.
 *
 * @example
 * sampleDataset('0123…').counts.match // 1
 */
export function sampleDataset(id: string, csv: string = SAMPLE_CSV, file = 'bang.csv'): Dataset {
  const outcome = checkFiles([{ name: file, bytes: new TextEncoder().encode(csv) }]);
  if (!outcome.ok) throw new Error(describeTableProblem(outcome.error, 'vi'));
  return buildDataset(
    id,
    { id, title: 'Mẫu', issuer: '', date: '2024-01-01', sections: [] },
    outcome.tables,
    outcome.series,
  );
}
