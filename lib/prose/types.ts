/**
 * The JSON shape of `POST /api/prose`. Types only, so the client page may import this module.
 */
import type { ProseCheck, ProseClaimResult } from '../extract/check-prose';
import type { DisplayProse } from '../extract/text/display-prose';
import type { KnownSource } from '../extract/finding/known-values';
import type { DocumentTable } from './document-tables';
import type { Verdict } from '../verify/types';
import type { SetAsideSource } from '../extract/reference/document-place';
import type { MatchQuestion } from '../verify/reference-lookup';

export interface ProseResponse {
  /** Every claim, in text order; offsets point into the NFC form of the text sent. */
  readonly claims: readonly ProseClaimResult[];
  readonly checks: readonly ProseCheck[];
  readonly counts: Readonly<Record<Verdict, number>>;
  /** The text re-flowed for reading, with every claim's span in it (same order as `claims`). */
  readonly display: DisplayProse;
  /** What was read: a file's name and format, or pasted text. */
  readonly input: {
    readonly name: string | null;
    readonly format: 'txt' | 'docx' | 'pdf' | 'paste';
    readonly characters: number;
    /** Pages read, for a PDF; `null` otherwise. */
    readonly pages: number | null;
    /** Set when the file was typed in a legacy Vietnamese font (TCVN3, VNI) and converted to Unicode. */
    readonly legacyFont?: 'tcvn3' | 'vni';
  };
  /** Where each page after the first begins in `display.text` (a PDF only; empty otherwise). */
  readonly pageBreaks: readonly PageBreak[];
  /** The report tables inside the document (.docx tables, PDF table blocks), checked like uploaded tables. */
  readonly tables: readonly DocumentTable[];
  /** The datasets searched after the text, in order (`id` for a reference set). */
  /** The sets of known values searched, in order; `labelEn` is absent in reviews stored before it existed. */
  readonly sources: readonly { readonly origin: KnownSource['origin']; readonly label: string; readonly labelEn?: string; readonly values: number; readonly id?: string }[];
  /** Indicators that fit several reference series: a question for the user, never a verdict (absent in old answers). */
  readonly questions?: readonly MatchQuestion[];
  /** The sets not used because they hold another place's figures, with why (absent in old answers). */
  readonly setAside?: readonly SetAsideSource[];
}

/** Page `page` of a PDF begins at offset `at` of the display text. */
export interface PageBreak {
  readonly page: number;
  readonly at: number;
}

/** Longest text accepted, in characters (a report of a few hundred pages). */
export const MAX_PROSE_CHARS = 400_000;
