import 'server-only';
import type { ConsistencyFinding } from '../extract/checks/consistency-types';
import { checkBetweenDocuments, type OtherDocument } from '../extract/reference/check-between-documents';
import { sourcesByYear, type DocumentInput, type YearSources } from '../extract/reference/indicator-sources';
import { compareDatasetWithReference, type DatasetReference } from '../extract/reference/dataset-reference';
import { sourcesForPlace } from '../extract/reference/document-place';
import { foldDiacritics } from '../claims/normalize-text';
import { indicatorKey } from '../verify/indicator-key';
import { priceBaseIn, priceBaseText } from '../verify/price-base';
import { BUNDLED_DATASET_ID, getBundledDataset } from './bundled-dataset';
import { loadDataset } from './data';
import { matchRules, referenceSets } from './references';
import { getDocumentStore, getReferenceStore, getStore } from './store/default-store';
import type { DatasetOutline } from './store/types';
import type { Dataset } from '../dataset/types';
import type { DocumentSummary } from '../documents/types';

/** A series found by `GET /api/indicators?q=`. */
export interface IndicatorHit {
  readonly dataset: string;
  readonly datasetName: string;
  readonly indicator: string;
  readonly name: string;
  readonly unit: string;
  readonly priceBase: string | null;
  readonly reference: boolean;
}

/** Most datasets searched and hits returned by one search: a search stays bounded in time and memory. */
const MAX_DATASETS = 200;
const MAX_HITS = 100;

async function allDatasets(): Promise<{ dataset: Dataset; name: string }[]> {
  const summaries = (await getStore().list()).slice(0, MAX_DATASETS);
  const out = [{ dataset: getBundledDataset(), name: getBundledDataset().document.title }];
  for (const s of summaries) {
    const stored = await getStore().get(s.id);
    if (stored !== null) out.push({ dataset: stored.dataset, name: s.name });
  }
  return out;
}

function fold(text: string): string {
  return foldDiacritics(text.normalize('NFC')).replace(/\s+/gu, ' ').trim();
}

/**
 * Searches every stored series (the bundled one included) by name, folded, or by the matcher's key (so `GDP`
 * finds `Tổng sản phẩm trên địa bàn`): `{ dataset, indicator, unit, priceBase }` for each hit.
 *
 * @example
 * (await searchIndicators('thu ngan sach'))[0] // { dataset: 'cao-bang', indicator: 'thu-ngan-sach-tren-dia-ban', unit: 'Tỷ đồng', … }
 */
export async function searchIndicators(q: string): Promise<IndicatorHit[]> {
  const wanted = fold(q);
  if (wanted === '') return [];
  const rules = await matchRules();
  const key = indicatorKey(q, rules.synonyms);
  const references = new Set([BUNDLED_DATASET_ID, ...(await getReferenceStore().referenceIds())]);
  const hits: IndicatorHit[] = [];
  for (const { dataset, name } of await allDatasets()) {
    for (const indicator of dataset.indicators) {
      const names = indicator.names.length > 0 ? indicator.names : [indicator.name];
      const found = names.some((n) => fold(n).includes(wanted) || (key !== '' && indicatorKey(n, rules.synonyms).includes(key)));
      if (!found) continue;
      hits.push({
        dataset: dataset.id,
        datasetName: name,
        indicator: indicator.id,
        name: indicator.name,
        unit: indicator.unit,
        priceBase: priceBaseText(priceBaseIn(`${indicator.name} ${indicator.unit}`)),
        reference: references.has(dataset.id),
      });
      if (hits.length >= MAX_HITS) return hits;
    }
  }
  return hits;
}

/** A stored document version's printed levels, and how many of its figures differ from the reference. */
type StoredLevels = DocumentInput & { readonly seriesId: string; readonly differing: number };

/** The levels of each stored document version, by id, kept while its check is unchanged (a page reads them all). */
const levelCache = new Map<string, { readonly checkedAt: string; readonly levels: StoredLevels }>();

async function levelsOf(summary: DocumentSummary): Promise<StoredLevels | null> {
  const held = levelCache.get(summary.id);
  if (held && held.checkedAt === summary.checkedAt && held.levels.title === summary.name) return held.levels;
  const document = await getDocumentStore().getDocument(summary.id);
  if (document === null) return null;
  // Only printed levels are compared across documents; documents stored before issue 15 have no `reference`.
  const claims = document.claims.flatMap((c, id) => (c.kind === 'value' ? [{ ...c, id }] : []));
  const differing = document.claims.filter((c) => (c.reference ?? null)?.kind === 'differs').length;
  const levels = { id: summary.id, title: summary.name, claims, seriesId: summary.seriesId, differing };
  if (levelCache.size >= MAX_DATASETS * 2) levelCache.clear();
  levelCache.set(summary.id, { checkedAt: summary.checkedAt, levels });
  return levels;
}

/** The latest version of every stored document with its levels (and title), at most `MAX_DATASETS`. */
async function storedDocuments(except: string | null = null): Promise<StoredLevels[]> {
  const seen = new Set<string>();
  const out: StoredLevels[] = [];
  for (const summary of await getDocumentStore().listDocuments()) {
    if (seen.has(summary.seriesId) || out.length >= MAX_DATASETS) continue;
    seen.add(summary.seriesId);
    if (summary.seriesId === except) continue;
    const levels = await levelsOf(summary);
    if (levels !== null) out.push(levels);
  }
  return out;
}

/** Every source of each year's value of one series. */
export interface IndicatorValues {
  readonly dataset: string;
  readonly indicator: string;
  readonly name: string;
  readonly unit: string;
  readonly years: readonly YearSources[];
}

/**
 * Every source of each year's value of a dataset's series, across stored documents and references
 * (`GET /api/indicators/values`, `/chi-tieu/[id]`); null for an unknown dataset or indicator.
 *
 * @example
 * (await indicatorValues('cao-bang', 'thu-ngan-sach-tren-dia-ban'))?.years[0]?.sources[0]?.kind // 'dataset'
 */
export async function indicatorValues(datasetId: string, indicatorId: string): Promise<IndicatorValues | null> {
  const dataset = await loadDataset(datasetId);
  const indicator = dataset?.indicators.find((i) => i.id === indicatorId);
  if (dataset === null || indicator === undefined) return null;
  const [documents, references, rules] = await Promise.all([storedDocuments(), referenceSets({ bundled: true }), matchRules()]);
  const series = {
    datasetId: dataset.id,
    datasetLabel: dataset.document.title,
    name: indicator.name,
    names: indicator.names,
    unit: indicator.unit,
    points: indicator.points.map((p) => ({ year: p.year, value: p.value, decimals: p.decimals, source: p.source })),
  };
  return { dataset: dataset.id, indicator: indicator.id, name: indicator.name, unit: indicator.unit, years: sourcesByYear(series, documents, references, rules) };
}

/**
 * The `differs-between-documents` findings of a stored document against the latest version of every other
 * stored document.
 *
 * @example
 * await documentDifferences({ seriesId, claims }) // [{ kind: 'differs-between-documents', … }]
 */
export async function documentDifferences(document: { readonly seriesId: string; readonly claims: OtherDocument['claims'] }): Promise<ConsistencyFinding[]> {
  const [others, rules] = await Promise.all([storedDocuments(document.seriesId), matchRules()]);
  return checkBetweenDocuments(document.claims, others, rules.synonyms);
}

/**
 * A dataset's values compared with the reference series (bundled and marked ones, not itself): every value counted,
 * the first rows kept, values that differ first; nothing for an unknown id.
 *
 * @example
 * (await datasetReference('3f2a…')).differing // 1
 */
export async function datasetReference(datasetId: string): Promise<DatasetReference> {
  const bundled = datasetId === BUNDLED_DATASET_ID;
  const [indicators, outline] = bundled ? [getBundledDataset().indicators, null] : await Promise.all([getStore().series(datasetId), getStore().outline(datasetId)]);
  if (indicators === null) return { rows: [], differing: 0, agreeing: 0, setAside: [] };
  const [references, rules] = await Promise.all([referenceSets({ bundled: true }), matchRules()]);
  // A dataset that names another province than a reference's (in its name, its file names or its tables' titles) is
  // not compared with that reference: Cao Bằng's GRDP is no check on Bắc Giang's.
  const { used, setAside } = outline === null ? { used: references, setAside: [] } : sourcesForPlace(placeTextOf(outline), references, 'dataset');
  return { ...compareDatasetWithReference(datasetId, indicators, used, rules), setAside };
}

/** What names a stored dataset's place: its name, its files' names and its tables' titles, one per line. */
function placeTextOf(outline: DatasetOutline): string {
  return [outline.summary.name, ...outline.summary.files.map((f) => f.name), ...outline.tables.map((t) => t.title ?? '')].join('\n');
}

/** How many figures differ from the reference: the bundled dataset's values and the stored documents' levels. */
export interface ReferenceDifferences {
  readonly dataset: number;
  readonly documents: number;
  readonly total: number;
}

/**
 * Counts the figures that differ from the reference series, for the overview: the bundled dataset's values (against
 * the marked references) and the printed levels of the latest version of every stored document.
 *
 * @example
 * await referenceDifferences() // { dataset: 0, documents: 3, total: 3 }
 */
export async function referenceDifferences(): Promise<ReferenceDifferences> {
  const dataset = (await datasetReference(BUNDLED_DATASET_ID)).differing;
  const documents = (await storedDocuments()).reduce((n, d) => n + d.differing, 0);
  return { dataset, documents, total: dataset + documents };
}
