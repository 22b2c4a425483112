import { NATIONAL_DOCUMENTS } from './documents-national';
import { PROVINCIAL_DOCUMENTS } from './documents-provincial';
import { PROVINCIAL_DOCUMENTS_2 } from './documents-provincial-2';
import { PROVINCIAL_DOCUMENTS_3 } from './documents-provincial-3';
import { PROVINCIAL_DOCUMENTS_4 } from './documents-provincial-4';
import { PROVINCIAL_DOCUMENTS_5 } from './documents-provincial-5';
import { PROVINCIAL_DOCUMENTS_6 } from './documents-provincial-6';
import type { CorpusDocument } from './types';

/**
 * The published documents the corpus figures come from. Each was read through the project's search tool
 * (December 2026); the address is the page read. The sentences in prose-cases.ts and table-cases.ts are our own
 * wording; only the figures are the documents'.
 *
 * @example
 * findDocument('gso-2023-q3')?.issuer // 'Tổng cục Thống kê'
 */
export const DOCUMENTS: readonly CorpusDocument[] = [...NATIONAL_DOCUMENTS, ...PROVINCIAL_DOCUMENTS, ...PROVINCIAL_DOCUMENTS_2, ...PROVINCIAL_DOCUMENTS_3, ...PROVINCIAL_DOCUMENTS_4, ...PROVINCIAL_DOCUMENTS_5, ...PROVINCIAL_DOCUMENTS_6];

/**
 * The document with this id, or `undefined`.
 *
 * @example
 * findDocument('census-2019')?.kind // 'census'
 */
export function findDocument(id: string): CorpusDocument | undefined {
  return DOCUMENTS.find((d) => d.id === id);
}
