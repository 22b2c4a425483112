import type { PeriodKey } from './reference-types';
import type { Claim, ClaimKind } from '../claims/types';
import type { Localized } from '../i18n/lang';
import type { Verdict } from './types';

/**
 * A data-quality warning on a row, typed: `read-as-decimal` when an ambiguous cell ("147.210") is
 * read as a decimal by series continuity; `reading-changes-verdict` when a cell kept as thousands
 * would change the verdict if read as a decimal. `message` is built from these facts.
 */
export type RowWarning =
  | {
      readonly code: 'read-as-decimal' | 'reading-changes-verdict';
      /** The year of the ambiguous cell. */
      readonly year: number;
      /** The cell as printed. */
      readonly raw: string;
      /** The verdict under the other reading, for `reading-changes-verdict`; else `null`. */
      readonly otherVerdict: Verdict | null;
      readonly message: Localized;
    }
  | {
      /** The row has more cells than the header (an unquoted decimal comma): its claim may be cut and gets no verdict. */
      readonly code: 'cut-claim';
      readonly message: Localized;
    }
  | {
      /** A warning stored as Vietnamese text before warnings had codes (upgraded on read). */
      readonly code: 'stored-text';
      readonly message: Localized;
    };

/**
 * One checked row, in the JSON shape of spec §4. Fields may be added, never renamed.
 * This module holds types only, so client components may import it freely.
 */
export interface RowResult {
  /** The file the row came from (as given to the reader). */
  readonly file: string;
  /** 1-based line of the row in the file. */
  readonly row: number;
  readonly stt: string | null;
  /** Stable id linking the row to its series (`Mã chỉ tiêu` column), if the table gives one. */
  readonly indicatorId: string | null;
  /** The row's text as written, trimmed, whitespace collapsed. */
  readonly indicator: string;
  readonly unit: string;
  readonly section: string | null;
  /** The part of the year the row's values speak of (a monthly report's October: `T10`); absent for whole years. */
  readonly period?: PeriodKey;
  readonly from: { readonly year: number; readonly value: number | null } | null;
  readonly to: { readonly year: number; readonly value: number | null } | null;
  /** The printed claim text, or `null` when the row has none. */
  readonly claim: string | null;
  /** The claim kind when parsed (`ratio`, `percent`…), else `null`. */
  readonly kind: ClaimKind | null;
  /** The claim as lib/claims read it (kind, figure, qualifier, unit, direction); `null` when none or unparsed. */
  readonly parsed: Claim | null;
  readonly verdict: Verdict;
  /** In the claim's own terms, rounded to 4 decimals; `null` when not computable. */
  readonly computed: number | null;
  /** The arithmetic message in Vietnamese (spec §4). */
  readonly message: string;
  /** The same message in English (absent in rows stored before it existed: re-derived on read). */
  readonly messageEn: string;
  /** What should have been printed (mismatch, match_points, match_truncated), else `null`. */
  readonly expected: string | null;
  /** For `implied`: the implied missing value. */
  readonly implied: { readonly side: 'from' | 'to'; readonly value: number } | null;
  /** Provenance: the note/source column ("Mục II.6, Bảng 2"), if any. */
  readonly source: string | null;
  /** Data-quality warnings on this row, e.g. an ambiguous value read as decimal. */
  readonly warnings: readonly RowWarning[];
}
