/**
 * A stored document in the JSON shape of `/api/documents`: the checked text with every claim, check
 * and table row under a stable `id`. Types only, so client components may import this module.
 */
import type { ProseCheck, ProseClaimResult } from '../extract/check-prose';
import type { DisplayProse } from '../extract/text/display-prose';
import type { ProseResponse, PageBreak } from '../prose/types';
import type { RowResult } from '../verify/result';
import type { Verdict } from '../verify/types';

/** A claim of the text; `id` is stable across re-checks and versions, `position` indexes `display.spans`. */
export interface DocumentClaim extends Omit<ProseClaimResult, 'id'> {
  readonly id: string;
  readonly position: number;
}

/** A consistency check of the text, with a stable `id`. */
export interface DocumentCheck extends ProseCheck {
  readonly id: string;
}

/** A checked row of a table inside the document, with a stable `id`. */
export interface DocumentRow extends RowResult {
  readonly id: string;
}

export interface DocumentTableResult {
  readonly index: number;
  readonly page: number | null;
  readonly results: readonly DocumentRow[];
}

/** What the checker found in one version of a document. */
export interface DocumentCheckResult {
  readonly claims: readonly DocumentClaim[];
  readonly checks: readonly DocumentCheck[];
  readonly tables: readonly DocumentTableResult[];
  readonly counts: Readonly<Record<Verdict, number>>;
  readonly display: DisplayProse;
  readonly pageBreaks: readonly PageBreak[];
  readonly sources: ProseResponse['sources'];
}

/** A stored document without its text and findings: what a list shows. */
export interface DocumentSummary {
  readonly id: string;
  /** The id of version 1; every version of one document shares it. */
  readonly seriesId: string;
  /** 1 for the first upload, then 2, 3… */
  readonly version: number;
  readonly name: string;
  readonly format: 'txt' | 'docx' | 'pdf';
  readonly size: number;
  readonly sha256: string;
  readonly pages: number | null;
  readonly characters: number;
  readonly createdAt: string;
  readonly checkedAt: string;
  readonly counts: Readonly<Record<Verdict, number>>;
  readonly claimCount: number;
  /** How many consistency checks report something. */
  readonly checkCount: number;
}

/** A stored document with its extracted text and findings (the JSON of `GET /api/documents/:id`). */
export interface StoredDocument extends DocumentCheckResult {
  readonly summary: DocumentSummary;
  /** The text as extracted from the file (NFC); claim offsets point into it. */
  readonly text: string;
}
