import 'server-only';
import type { DocumentCheckResult, DocumentSummary, StoredDocument } from '../../documents/types';

/** How a document was checked, kept so a re-check searches the same sources. */
export interface DocumentOptions {
  /** Search the bundled tables in `data/`. */
  readonly bundled: boolean;
  /** An uploaded dataset searched after them, by id. */
  readonly dataset: string | null;
}

/** A checked document handed to the store. */
export interface NewDocument {
  /** A fresh id from `newDatasetId()`. */
  readonly id: string;
  /** Store it as the next version of this document (any of its versions' ids); `null` for a new document. */
  readonly versionOf: string | null;
  readonly name: string;
  readonly format: DocumentSummary['format'];
  readonly bytes: Uint8Array;
  readonly text: string;
  readonly pages: number | null;
  readonly options: DocumentOptions;
  readonly result: DocumentCheckResult;
  /** Defaults to now. */
  readonly createdAt?: Date;
}

/** The original file of a stored document, for a re-check. */
export interface DocumentFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly options: DocumentOptions;
}

/**
 * Where stored documents live, beside the datasets and with the same guarantees: every write is one
 * transaction, so a document (bytes, text, findings) is stored whole or not at all. The methods return
 * promises so a PostgreSQL store can implement the same interface. A storage fault rejects with a
 * `StorageError` (see storage-fault.ts).
 */
export interface DocumentStore {
  /** Stores a document, or the next version of one; `null` when `versionOf` names no stored document. */
  createDocument(input: NewDocument): Promise<DocumentSummary | null>;
  /** Every document version, newest first. */
  listDocuments(): Promise<DocumentSummary[]>;
  getDocument(id: string): Promise<StoredDocument | null>;
  /** Every version of the document `id` belongs to, oldest first; `[]` for an unknown id. */
  documentVersions(id: string): Promise<DocumentSummary[]>;
  documentFile(id: string): Promise<DocumentFile | null>;
  /** Replaces the findings after a re-check, in one transaction; `null` for an unknown id. */
  replaceDocumentCheck(id: string, result: DocumentCheckResult): Promise<DocumentSummary | null>;
}
