import { buildDataset } from '../dataset/build-dataset';
import type { Localized } from '../i18n/lang';
import type { Dataset } from '../dataset/types';
import { knownValuesFromIndicators, type KnownSource } from '../extract/finding/known-values';
import { checkFiles, type InputFile } from '../verify/check-files';
import { describeTableProblem } from '../tables/messages';

/**
 * Known values for the prose linker from table files (the CLI's `--data`) or from a checked dataset (the
 * page's bundled or uploaded data). Node or server code only; the values themselves are plain data.
 */

export type KnownFromFiles = { readonly ok: true; readonly source: KnownSource } | { readonly ok: false; readonly message: string };

/**
 * @example
 * knownFromDataset(getDataset(), 'tables').values.length; // 90
 */
export function knownFromDataset(dataset: Dataset, origin: KnownSource['origin'], label?: Localized): KnownSource {
  const title = dataset.document.title;
  return { origin, label: label?.vi ?? title, labelEn: label?.en ?? title, values: knownValuesFromIndicators(dataset.indicators) };
}

/**
 * Reads and checks table files as `verify` does, and keeps every value they print as known values.
 * One unreadable file refuses the set, with the reader's one-line reason.
 *
 * @example
 * knownFromFiles([{ name: 'data/bang-2-2009-2022.csv', bytes }], { vi: 'bảng số liệu', en: 'the data tables' }) // { ok: true, source: { origin: 'tables', … } }
 */
export function knownFromFiles(files: readonly InputFile[], label: Localized, origin: KnownSource['origin'] = 'tables'): KnownFromFiles {
  const outcome = checkFiles(files);
  if (!outcome.ok) return { ok: false, message: describeTableProblem(outcome.error, 'vi') };
  const document = { id: 'known', title: label.vi, issuer: '', date: '', sections: [] };
  const dataset = buildDataset('known', document, outcome.tables, outcome.series);
  return { ok: true, source: knownFromDataset(dataset, origin, label) };
}
