import 'server-only';
import type { KnownSource } from '../extract/finding/known-values';
import { referenceFromDataset, referenceFromFiles } from '../prose/reference-sources';
import { DEFAULT_SYNONYMS } from '../verify/indicator-key';
import { provinceOfName } from '../extract/reference/document-place';
import type { MatchRules } from '../verify/reference-types';
import { BUNDLED_DATASET_ID, getBundledDataset } from './bundled-dataset';
import { getReferenceStore, getStore } from './store/default-store';
import type { ReferenceStore } from './store/reference-store';
import type { DatasetStore } from './store/types';

/** The bundled Cao Bằng series: the default reference for the bundled document. */
let bundled: KnownSource | null = null;

/**
 * The bundled Cao Bằng series as a reference set (id `cao-bang`).
 *
 * @example
 * bundledReference().id // 'cao-bang'
 */
export function bundledReference(): KnownSource {
  bundled ??= referenceFromDataset(getBundledDataset(), { vi: 'Số liệu Cao Bằng (kèm theo)', en: 'Cao Bằng series (bundled)' });
  return bundled;
}

/** Reference sets built from stored datasets, by id and the instant they were last checked. */
const cache = new Map<string, { readonly checkedAt: string; readonly source: KnownSource }>();
const MAX_CACHED = 50;

async function storedReference(store: DatasetStore, id: string): Promise<KnownSource | null> {
  const stored = await store.get(id);
  if (stored === null) return null;
  const held = cache.get(id);
  if (held && held.checkedAt === stored.summary.checkedAt && held.source.label === stored.summary.name) return held.source;
  const label = { vi: `số liệu gốc “${stored.summary.name}”`, en: `the reference “${stored.summary.name}”` };
  // Text files keep their period and status columns; a workbook gives its whole-year values.
  const files = stored.summary.files.every((f) => f.format === 'csv') ? await store.files(id) : null;
  const fromFiles = files === null ? null : referenceFromFiles(files.map((f) => ({ name: f.name, bytes: f.bytes })), id, label);
  const read = fromFiles !== null && fromFiles.ok ? fromFiles.source : referenceFromDataset(stored.dataset, label);
  // A reference named after its province ("Niên giám thống kê tỉnh Quảng Trị 2022") checks only that province's texts.
  const place = read.place ?? provinceOfName(stored.summary.name);
  const source = place === null ? read : { ...read, place };
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(id, { checkedAt: stored.summary.checkedAt, source });
  return source;
}

/**
 * The reference sets a document is checked against: the bundled Cao Bằng series when the bundled data are on,
 * then every dataset an admin marked as a reference, oldest mark first.
 *
 * @example
 * (await referenceSets({ bundled: true })).map((s) => s.id) // ['cao-bang', '3f2a…']
 */
export async function referenceSets(
  options: { readonly bundled: boolean },
  store: DatasetStore = getStore(),
  references: ReferenceStore = getReferenceStore(),
): Promise<KnownSource[]> {
  const sets: KnownSource[] = options.bundled ? [bundledReference()] : [];
  for (const id of await references.referenceIds()) {
    if (id === BUNDLED_DATASET_ID) continue;
    const source = await storedReference(store, id);
    if (source !== null) sets.push(source);
  }
  return sets;
}

/**
 * The admin's synonyms and the users' stored answers, for the matcher.
 *
 * @example
 * (await matchRules()).synonyms // [{ from: 'thu nsnn', to: 'thu ngan sach nha nuoc' }]
 */
export async function matchRules(references: ReferenceStore = getReferenceStore()): Promise<MatchRules> {
  const [synonyms, answers] = await Promise.all([references.synonyms(), references.answers()]);
  return { synonyms: synonyms.map(({ from, to }) => ({ from, to })), answers };
}

export { DEFAULT_SYNONYMS };
