import { buildDataset } from '../dataset/build-dataset';
import type { Dataset } from '../dataset/types';
import type { Localized } from '../i18n/lang';
import { knownValuesFromIndicators, type KnownSource, type KnownValue } from '../extract/finding/known-values';
import { describeTableProblem } from '../tables/messages';
import { checkFiles, type InputFile } from '../verify/check-files';
import { placeOfDataset } from './known-sources';
import { referenceValuesFromSeries, type ReferenceCellProblem } from './reference-values';

export type ReferenceFromFiles = { readonly ok: true; readonly source: KnownSource } | { readonly ok: false; readonly message: string };

function cellMessage(problem: ReferenceCellProblem): string {
  const what = problem.what === 'period' ? 'kỳ' : 'trạng thái';
  const allowed = problem.what === 'period' ? 'để trống (cả năm), Q1…Q4, 6T, T1…T12 hoặc 9T lũy kế' : 'sơ bộ, ước tính hoặc chính thức';
  return `${problem.file}, dòng ${problem.line}, cột “${problem.column}”: không đọc được ${what} “${problem.raw}” (dùng ${allowed}).`;
}

/** Whole-year values of the report tables (yearbook tables) that no series gives for the same name and year. */
function tableValues(dataset: Dataset, series: readonly KnownValue[]): KnownValue[] {
  const given = new Set(series.map((v) => `${v.names[0] ?? ''}|${v.year}`));
  return knownValuesFromIndicators(dataset.indicators).filter((v) => !given.has(`${v.names[0] ?? ''}|${v.year}`));
}

/**
 * A reference set from table files (the CLI's `--reference`): long series with their `kỳ`, `trạng thái`,
 * `trang` and `tỉnh` columns (several provinces are summed into the merged province), and yearbook or report
 * tables for whole years. `id` names the set in results (the file name for the CLI). One unreadable file or
 * cell refuses the set, with a one-line reason naming the file, line and column.
 *
 * @example
 * referenceFromFiles([{ name: 'nien-giam.csv', bytes }], 'nien-giam.csv', { vi: 'niên giám', en: 'the yearbook' });
 * // { ok: true, source: { origin: 'reference', id: 'nien-giam.csv', values: [...] } }
 */
export function referenceFromFiles(files: readonly InputFile[], id: string, label: Localized): ReferenceFromFiles {
  const outcome = checkFiles(files);
  if (!outcome.ok) return { ok: false, message: describeTableProblem(outcome.error, 'vi') };
  const series = referenceValuesFromSeries(outcome.series);
  if (!series.ok) return { ok: false, message: cellMessage(series.problem) };
  const document = { id: 'reference', title: label.vi, issuer: '', date: '', sections: [] };
  const dataset = buildDataset('reference', document, outcome.tables, []);
  return {
    ok: true,
    source: { origin: 'reference', id, label: label.vi, labelEn: label.en, values: [...series.values, ...tableValues(dataset, series.values)] },
  };
}

/**
 * A stored (or bundled) dataset as a reference set: its indicators' whole-year values. Periods and statuses
 * come from the original files through {@link referenceFromFiles} where they are text files.
 *
 * @example
 * referenceFromDataset(getBundledDataset(), { vi: 'dữ liệu kèm theo', en: 'the bundled data' }).id; // 'cao-bang'
 */
export function referenceFromDataset(dataset: Dataset, label: Localized): KnownSource {
  const place = placeOfDataset(dataset);
  return {
    origin: 'reference',
    id: dataset.id,
    label: label.vi,
    labelEn: label.en,
    values: knownValuesFromIndicators(dataset.indicators),
    ...(place === null ? {} : { place }),
  };
}
