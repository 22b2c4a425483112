/**
 * What the store contract's cases store: generated and sample datasets, a checked prose document.
 */
import { buildDataset } from '../../dataset/build-dataset';
import type { Dataset } from '../../dataset/types';
import { toDocumentResult } from '../../documents/document-result';
import type { DocumentCheckResult } from '../../documents/types';
import type { Recognition } from '../../upload/types';
import { checkProse } from '../../extract/check-prose';
import { displayProse } from '../../extract/text/display-prose';
import { describeTableProblem } from '../../tables/messages';
import { checkFiles } from '../../verify/check-files';
import { SAMPLE_CSV } from '../testing/sample-tables';
import { newDatasetId } from './dataset-id';
import type { DocumentStore, NewDocument } from './document-store';
import type { ReferenceStore } from './reference-store';
import type { TeamStore } from './team-types';
import type { DatasetStore, NewDataset, RateLimitStore } from './types';
import { prepareDataset } from './prepare-dataset';

/** The stores under test, all on one database. */
export interface ContractStores {
  readonly datasets: DatasetStore & RateLimitStore;
  readonly documents: DocumentStore;
  readonly team: TeamStore;
  readonly references: ReferenceStore;
  /** 'ok' or the rows found without their parent. */
  readonly checkIntegrity: () => Promise<string>;
}

/** How a store under test is opened: once per file, emptied before each case. */
export interface ContractHarness {
  /** A synthetic report table of `rows` rows as CSV bytes (bench/generate-table.ts). */
  readonly generateTable: (rows: number) => Uint8Array;
  readonly open: () => Promise<ContractStores>;
  /** Leaves the database empty (each case starts from nothing). */
  readonly reset: (stores: ContractStores) => Promise<ContractStores>;
  readonly close: (stores: ContractStores) => Promise<void>;
}

let generateTable: (rows: number) => Uint8Array = () => new Uint8Array();

/** Sets the table generator (bench/generate-table.ts, passed in by the test files). */
export function useTableGenerator(generate: (rows: number) => Uint8Array): void {
  generateTable = generate;
}

/** A checked dataset of a generated table of `rows` rows. */
export function generated(id: string, rows: number): Dataset {
  const outcome = checkFiles([{ name: 'lon.csv', bytes: generateTable(rows) }]);
  if (!outcome.ok) throw new Error(describeTableProblem(outcome.error, 'vi'));
  return buildDataset(id, { id, title: 'Bảng lớn', issuer: '', date: '2024-01-01', sections: [] }, outcome.tables, outcome.series);
}

/** What create() takes for a dataset, with SAMPLE_CSV as its file. */
export function upload(dataset: Dataset, name = 'Bảng thử', createdAt?: Date): NewDataset {
  return {
    id: dataset.id,
    name,
    files: [{ name: 'bang.csv', format: 'csv', sheet: null, bytes: new TextEncoder().encode(SAMPLE_CSV) }],
    prepared: prepareDataset(dataset),
    recognised: [],
    ...(createdAt ? { createdAt } : {}),
  };
}

// Figures in the style of the Cao Bằng 2022 report (data/), sentences in our own words.
export const TEXT = 'Năm 2015 thu ngân sách đạt 1.042,5 tỷ đồng. Năm 2020 thu ngân sách đạt 1.563,7 tỷ đồng, tăng 60% so với năm 2015.';

/** The check of a prose text, as the document routes store it. */
export function proseResult(text: string): DocumentCheckResult {
  const report = checkProse(text);
  return toDocumentResult({ ...report, tables: [], display: displayProse(report.text, report.claims), pageBreaks: [], sources: [] });
}

/** What createDocument() takes, with TEXT as its file. */
export function newDocument(overrides: Partial<NewDocument> = {}): NewDocument {
  return {
    id: newDatasetId(),
    versionOf: null,
    name: 'bao-cao.txt',
    format: 'txt',
    bytes: new TextEncoder().encode(TEXT),
    text: TEXT,
    pages: null,
    options: { bundled: false, dataset: null },
    result: proseResult(TEXT),
    ...overrides,
  };
}

/** The subject of the decision cases. */
export const SUBJECT = { kind: 'dataset', id: 'cao-bang' } as const;

/** A header signature with saved roles (lib/tables/header-signature.ts). */
export const SIGNATURE = 'chi tieu | nam 2015 | so lieu 2016 | so sanh';
/** The signature of the raw rows a user chose as a header (rawHeaderSignature). */
export const ROWS_SIGNATURE = 'rows: chi tieu | don vi tinh | nam 2019 | thuc hien /  |  |  | nam 2020';

/** What an upload recognised in one table whose column 2 was corrected to a year. */
export function recognition(overrides: Partial<Recognition>): Recognition {
  return {
    file: 'bang.csv',
    format: 'csv',
    sheet: null,
    sheets: [],
    kind: 'report',
    encoding: 'utf-8',
    delimiter: ';',
    headerRow: 1,
    compare: null,
    years: [2015],
    indicatorCount: 1,
    rowCount: 1,
    claimCount: 1,
    numberStyle: 'vi',
    warnings: [],
    moreWarnings: 0,
    table: 'bang.csv',
    headerKey: SIGNATURE,
    roles: [{ table: 'bang.csv', column: 2, role: 'year' }],
    ...overrides,
  };
}
