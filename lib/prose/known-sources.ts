import { buildDataset } from '../dataset/build-dataset';
import type { Localized } from '../i18n/lang';
import type { Dataset } from '../dataset/types';
import { knownValuesFromIndicators, type KnownSource } from '../extract/finding/known-values';
import { checkFiles, type CheckedTable, type InputFile } from '../verify/check-files';
import type { SeriesTable } from '../tables/types';
import { describeTableProblem } from '../tables/messages';
import { provinceOfName } from '../extract/reference/document-place';

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
  const place = placeOfDataset(dataset);
  return { origin, label: label?.vi ?? title, labelEn: label?.en ?? title, values: knownValuesFromIndicators(dataset.indicators), ...(place === null ? {} : { place }) };
}

/**
 * The province a dataset's figures are for: its document's `place`, else the one its title names.
 *
 * @example
 * placeOfDataset(getBundledDataset()) // 'Cao Bằng'
 */
export function placeOfDataset(dataset: Dataset): string | null {
  return dataset.document.place ?? provinceOfName(dataset.document.title);
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
  return { ok: true, source: knownFromChecked(outcome.tables, label, origin, outcome.series) };
}

/**
 * Every value that checked tables print, as known values (the tables of a document, or those of table files).
 *
 * @example
 * knownFromChecked(checkDocumentTables(file, text, blocks).checked, { vi: 'các bảng trong văn bản', en: 'the tables in the document' }).values.length // 8
 */
export function knownFromChecked(
  tables: readonly CheckedTable[],
  label: Localized,
  origin: KnownSource['origin'] = 'tables',
  series: readonly SeriesTable[] = [],
): KnownSource {
  const document = { id: 'known', title: label.vi, issuer: '', date: '', sections: [] };
  return knownFromDataset(buildDataset('known', document, tables, series), origin, label);
}
