import 'server-only';
import type { MatchAnswer, Synonym } from '../../verify/reference-types';

/** A synonym as stored: the pair, who added it and when. */
export interface StoredSynonym extends Synonym {
  readonly addedBy: string | null;
  readonly addedAt: string;
}

/**
 * Reference data beside the datasets (issue 15): which stored datasets are references, the admin's synonym
 * table and the users' answers to ambiguous indicator matches. Same guarantees as the other stores: each write
 * is one transaction; a storage fault rejects with a `StorageError`.
 */
export interface ReferenceStore {
  /** Ids of the datasets marked as references, oldest mark first. */
  referenceIds(): Promise<string[]>;
  /** Marks or unmarks a stored dataset; `false` when no dataset has this id. */
  setReference(datasetId: string, reference: boolean, userName: string | null): Promise<boolean>;
  synonyms(): Promise<StoredSynonym[]>;
  /** Adds (or replaces) the synonym for `from`, both folded phrases. */
  addSynonym(synonym: Synonym, userName: string | null): Promise<StoredSynonym>;
  /** `true` when the synonym existed. */
  removeSynonym(from: string): Promise<boolean>;
  answers(): Promise<MatchAnswer[]>;
  /** Stores (or replaces) the answer for a printed name's key. */
  saveAnswer(answer: MatchAnswer, userName: string | null): Promise<void>;
}
