/**
 * Types of the issue-12 corpus: real published documents, test sentences written in our own words with the
 * documents' real figures, and the results a correct engine must give on them. Test-only data: nothing in the
 * app imports this module.
 */

/** What kind of publication a document is. `constructed` marks the author's own planted cases. */
export type DocumentKind =
  | 'gso-release'
  | 'provincial-report'
  | 'yearbook'
  | 'census'
  | 'survey'
  | 'plan-review'
  | 'reference-page'
  | 'constructed';

/** One real published document (or, for `constructed`, the corpus author's planted material). */
export interface CorpusDocument {
  readonly id: string;
  readonly title: string;
  readonly issuer: string;
  /** ISO date (`2023-09-29`) or month (`2023-09`) of publication. */
  readonly date: string;
  readonly kind: DocumentKind;
  /** Where it was read (the issuer's page, or the press page that carries the release); `null` for constructed. */
  readonly address: string | null;
  /** Press outlet that reproduced the release, when the address is not the issuer's own page. */
  readonly via: string | null;
}

/** Claim kinds of spec §4 (CLI JSON `kind`). */
export type ClaimKind =
  | 'value'
  | 'comparison'
  | 'from-to'
  | 'average-annual'
  | 'plan'
  | 'index'
  | 'share'
  | 'part-whole'
  | 'contribution';

/** The phrasings of spec §2 and §2b that a case exercises; a claim may show several. */
export type Form =
  | 'percent-change'
  | 'points'
  | 'absolute'
  | 'ratio'
  | 'bare-ratio'
  | 'index'
  | 'growth-index'
  | 'yearbook-index'
  | 'plan-estimate'
  | 'plan-exceed'
  | 'comparative-difference'
  | 'range'
  | 'scale-words'
  | 'compound-amount'
  | 'slash-unit'
  | 'signed-bracket'
  | 'same-period'
  | 'respectively'
  | 'price-basis'
  | 'bracketed-base'
  | 'two-years'
  | 'heading-period'
  | 'average-annual'
  | 'from-to'
  | 'share'
  | 'contribution'
  | 'qualifier'
  | 'no-diacritics'
  | 'about-measure';

export const FORMS: readonly Form[] = [
  'percent-change',
  'points',
  'absolute',
  'ratio',
  'bare-ratio',
  'index',
  'growth-index',
  'yearbook-index',
  'plan-estimate',
  'plan-exceed',
  'comparative-difference',
  'range',
  'scale-words',
  'compound-amount',
  'slash-unit',
  'signed-bracket',
  'same-period',
  'respectively',
  'price-basis',
  'bracketed-base',
  'two-years',
  'heading-period',
  'average-annual',
  'from-to',
  'share',
  'contribution',
  'qualifier',
  'no-diacritics',
  'about-measure',
];

/** Verdicts of spec §3 that a corpus claim may expect (`none`: a claim that compares nothing, e.g. a share). */
export type ExpectedVerdict =
  | 'match'
  | 'match_truncated'
  | 'match_points'
  | 'mismatch'
  | 'wrong_direction'
  | 'implied'
  | 'not_computable'
  | 'none';

/** A printed figure: the digits as printed, their value, decimals and unit (scale words included, as printed). */
export interface ExpectedFigure {
  /** Exactly as it appears in the sentence (`5,33`, `1,49`, `919.000`). */
  readonly printed: string;
  readonly value: number;
  readonly decimals: number;
  /** `%`, `lần`, `điểm phần trăm`, `triệu tỷ đồng`, `người/km2`… or `null` for a bare number. */
  readonly unit: string | null;
  /** For a range (`7-8%`): the upper bound's value; `value` is then the lower bound. Otherwise `null`. */
  readonly upper: number | null;
}

/** One comparative (or level) claim the engine must read from a case. */
export interface ExpectedClaim {
  readonly kind: ClaimKind;
  /** The claim's span: a substring of the case text that the engine's claim must overlap. */
  readonly span: string;
  /** The claimed figure (for from–to: the later value). */
  readonly figure: ExpectedFigure;
  readonly indicator: string;
  /** Year, period or span the claim is about: `2023`, `Q3/2023`, `9T/2023`, `2016-2020`. */
  readonly period: string;
  readonly forms: readonly Form[];
  readonly verdict: ExpectedVerdict;
  /** The figure recomputed from the printed values (claim's own terms), or `null` when nothing can be computed. */
  readonly computed: number | null;
  /** The recomputation with the interval rule of spec §3, in one line. */
  readonly why: string;
}

/** Consistency checks of spec §5. */
export type CheckSituation =
  | 'parts-total'
  | 'shares'
  | 'contributions'
  | 'average-total'
  | 'two-values'
  | 'direction'
  | 'unit';

export const CHECK_SITUATIONS: readonly CheckSituation[] = [
  'parts-total',
  'shares',
  'contributions',
  'average-total',
  'two-values',
  'direction',
  'unit',
];

/** A finding the engine must report. */
export interface ExpectedFinding {
  readonly situation: CheckSituation;
  readonly severity: 'error' | 'warning';
  /** Spans (substrings of the case text) that the finding must name; at least one must overlap a finding span. */
  readonly spans: readonly string[];
  readonly computed: number | null;
  readonly why: string;
  /** `true` for an inconsistency the corpus author planted (the published figures agree). */
  readonly planted: boolean;
}

/** A consistency situation that a careful check examines and must find consistent (no finding). */
export interface QuietSituation {
  readonly situation: CheckSituation;
  readonly why: string;
}

/** A sentence (or short paragraph) in our own words with the real figures of one document. */
export interface ProseCase {
  readonly id: string;
  /** Id of a `CorpusDocument`. */
  readonly doc: string;
  readonly text: string;
  readonly claims: readonly ExpectedClaim[];
  readonly findings: readonly ExpectedFinding[];
  readonly quiet: readonly QuietSituation[];
}

/** False-alarm traps of issue 12. */
export type TrapKind =
  | 'date'
  | 'document-number'
  | 'page-number'
  | 'rank'
  | 'year-range'
  | 'age-range'
  | 'real-vs-nominal'
  | 'sign-repeats-direction'
  | 'respectively-pairing'
  | 'price-basis'
  | 'revised-figure'
  | 'part-of-year'
  | 'approximate-share'
  | 'about-measure'
  | 'same-change-bracket'
  | 'index-without-voi'
  | 'measure-of-another-good'
  | 'measure-of-another-crop'
  | 'part-of-a-contribution'
  | 'total-of-exports-and-imports'
  | 'values-one-after-the-other'
  | 'near-poor-and-poor'
  | 'amount-in-another-currency'
  | 'exports-and-imports'
  | 'counts-of-two-places'
  | 'revenue-and-spending'
  | 'range'
  | 'remainder-named'
  | 'unit-label'
  | 'bracketed-change';

/** A text that must yield no claim on `span` and no finding at all. */
export interface TrapCase {
  readonly id: string;
  readonly doc: string;
  readonly text: string;
  readonly trap: TrapKind;
  /**
   * The part that a naive reader would misread: no comparative claim may overlap it. `null` when the trap is a
   * finding, not a reading (real versus nominal growth, a price basis): then only "no finding, no wrong verdict".
   */
  readonly span: string | null;
  readonly why: string;
}

/** Expected result of one table row, found by its indicator text. */
export interface ExpectedRow {
  readonly indicator: string;
  /** The claim cell as written, or `null` when the row has none. */
  readonly claim: string | null;
  readonly forms: readonly Form[];
  readonly verdict: ExpectedVerdict | 'unparsed';
  readonly computed: number | null;
  readonly why: string;
}

/** A small table in the shape real yearbooks and report forms use, as CSV text. */
export interface TableCase {
  readonly id: string;
  readonly doc: string;
  /** File name the engine sees (its extension sets the reader). */
  readonly file: string;
  readonly csv: string;
  readonly rows: readonly ExpectedRow[];
  /** Whether the table reader must attach a row warning (e.g. an unquoted decimal comma). */
  readonly rowWarnings: readonly string[];
}
