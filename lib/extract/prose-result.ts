import { NOTE_STRINGS } from './note-strings';
import { inBoth, type Lang, type Localized } from '../i18n/lang';
import { formatNumber } from '../numbers/format-number';
import { verifyClaim } from '../verify/verify-claim';
import type { Verdict } from '../verify/types';
import { isPeriod } from './finding/find-time-phrases';
import type { Basis, ResolvedClaim } from './finding/resolve-claims';
import type { ClaimSource, ClaimYears, CompareTo, ExtractedClaim, ExtractedKind, Figure } from './types';
import type { Direction, Qualifier } from '../claims/types';
import type { PeriodKey, PriceBase } from '../verify/reference-types';
import { WHOLE_YEAR, yearPartText } from '../verify/reference-period';
import { basePart } from './finding/base-part';
import type { ReferenceCheck } from './reference/check-reference-levels';

/*
 * One resolved claim made the result the CLI prints and the page shows: its verdict, and its messages in both languages
 * with where its values came from and what was looked for in vain (check-prose.ts resolves the claims).
 */

/** Which values a result was checked with: the document's own, or (some of) a reference set's (spec §6). */
export type ResultBasis = 'document' | { readonly reference: string };

/** One claim of a checked text, in the shape the CLI prints and the page shows. Plain data. */
export interface ProseClaimResult {
  /** Index in `claims`, in text order. */
  readonly id: number;
  /** The claim as printed (NFC, whitespace collapsed). */
  readonly text: string;
  /** Offsets (UTF-16 code units) into the report's `text`; `end` is exclusive. */
  readonly start: number;
  readonly end: number;
  readonly kind: ExtractedKind;
  readonly indicator: string | null;
  readonly years: ClaimYears;
  readonly compareTo: CompareTo;
  /** The claimed figure: the change, rate, share, % of plan or level; the later value of a from–to statement. */
  readonly figure: Figure | null;
  readonly figures: readonly Figure[];
  /** The comparison phrase checked ("tăng 51,8%"), or `null` for values, shares and counts. */
  readonly claim: string | null;
  readonly qualifier: Qualifier | null;
  readonly direction: Direction | null;
  readonly source: ClaimSource;
  readonly sentence: number;
  /** `none` for claims that compare nothing. */
  readonly verdict: Verdict;
  /** In the claim's own terms (ratio, %, points…), rounded to 4 decimals; `null` when not computed. */
  readonly computed: number | null;
  /** Vietnamese (spec §4), with the arithmetic and where each value came from. */
  readonly message: string;
  /** The same message in English. */
  readonly messageEn: string;
  readonly expected: string | null;
  readonly implied: { readonly side: 'from' | 'to'; readonly value: number } | null;
  readonly from: Basis | null;
  readonly to: Basis | null;
  /** For a text read from a PDF: the 1-based page the claim starts on. */
  readonly page?: number;
  /** `document` when every value came from the text, else the set that gave one (spec §6). */
  readonly basis: ResultBasis;
  /** A printed level beside its reference value, or the question an ambiguous indicator raises; else `null`. */
  readonly reference: ReferenceCheck | null;
  /** True when a value taken from a reference is preliminary or an estimate: a mismatch is then a warning. */
  readonly provisional: boolean;
  /** The period within the year the claim speaks of (`''`: the whole year; see `PeriodKey`). */
  readonly period: PeriodKey;
  /** The price base its sentence names (or the convention gives), else `null`. */
  readonly priceBase: PriceBase | null;
}

/** A value with its unit; in English a unit word is the document's and is quoted ("393,6 “Tỷ đồng”"). */
function basisText(basis: Basis, lang: Lang): string {
  const unit = basis.unit === null ? '' : basis.unit.startsWith('%') || basis.unit.startsWith('‰') ? basis.unit : lang === 'vi' ? ` ${basis.unit}` : ` “${basis.unit}”`;
  return `${formatNumber(basis.value, basis.decimals)}${unit}`;
}

/** The time of a missing value: its year (`null` when the text names none) and the part of it. */
interface MissingTime {
  readonly year: number | null;
  readonly part: PeriodKey;
}

function timeOf(side: 'from' | 'to', resolved: ResolvedClaim): MissingTime {
  const { claim } = resolved;
  if (side === 'from') return { year: claim.compareTo !== null && 'year' in claim.compareTo ? claim.compareTo.year : null, part: basePart(claim) };
  return { year: resolved.to?.year ?? (!isPeriod(claim.years) && claim.years.length === 1 ? (claim.years[0] ?? null) : null), part: claim.part };
}

// Grammar: period-base := "so" space+ ( "sánh" space+ )? ( "với" space+ )? ( "tháng" | "quý" | "tuần" ) as a word — a base
//   that is a part of a year, whatever the claim's own time
// Example: "tăng 2,68% so với tháng trước", "giảm 1,0% so với tuần trước", "so quý trước"; not "so với năm 2022".
const PERIOD_BASE = /so\s+(?:sánh\s+)?(?:với\s+)?(?:tháng|quý|tuần)(?![\p{L}\p{M}])/iu;

/** Whether a claim's base is a part of a year (a month, a quarter, a week), for the words of its messages. */
function basePeriodOf(claim: ExtractedClaim): 'year' | 'period' {
  return basePart(claim) !== WHOLE_YEAR || PERIOD_BASE.test(claim.text) ? 'period' : 'year';
}

/** "năm 2023", "tháng 8 năm 2023"; "năm gốc" or "kỳ gốc" (a part of a year) when the year is not named. */
function missingText({ year, part }: MissingTime, side: 'from' | 'to', lang: Lang, period: boolean): string {
  const whole = part === WHOLE_YEAR && !period;
  if (year === null) {
    if (lang === 'vi') return side === 'from' ? (whole ? 'năm gốc' : 'kỳ gốc') : whole ? 'năm sau' : 'kỳ sau';
    return side === 'from' ? (whole ? 'base-year' : 'base-period') : 'later';
  }
  if (whole) return lang === 'vi' ? `năm ${year}` : String(year);
  return yearPartText(String(year), part, lang);
}

/** Where the values came from, and what was looked for in vain, as sentences to add to the verifier's message. */
function notes(resolved: ResolvedClaim, verdict: Verdict, searched: boolean, lang: Lang): string[] {
  const t = NOTE_STRINGS[lang];
  const out: string[] = [];
  for (const basis of [resolved.from, resolved.to]) {
    if (basis === null || basis.origin === 'text' || basis.source === null) continue;
    out.push(t.takenFrom(basis.year, basisText(basis, lang), lang === 'vi' ? basis.source : (basis.sourceEn ?? basis.source)));
  }
  if (resolved.claim.readAsPoints !== undefined) out.push(t.readAsPoints[resolved.claim.readAsPoints]);
  const disagreement = verdict === 'mismatch' ? disagreementOf(resolved) : null;
  if (disagreement !== null) out.push(t.baseFromChange(disagreement.up, disagreement.base, disagreement.difference, disagreement.change, disagreement.needed));
  if (verdict === 'implied' && resolved.claim.kind !== 'plan') {
    const side = resolved.from === null ? 'from' : 'to';
    out.push(t.notFound(missingText(timeOf(side, resolved), side, lang, basePeriodOf(resolved.claim) === 'period'), searched));
  }
  return out;
}

/**
 * A percentage checked against a base worked out from the difference printed beside it ("giảm 0,81% (giảm 633 tấn)"),
 * with the figures that show the two disagree: the difference the percentage would need, at the printed difference's
 * precision. `null` for any other claim.
 */
function disagreementOf(resolved: ResolvedClaim): { up: boolean; base: string; difference: string; change: string; needed: string } | null {
  const { claim, from, to } = resolved;
  const printed = claim.baseFromChange;
  const parsed = claim.claim;
  if (printed === undefined || from === null || to === null || parsed?.ok !== true || parsed.kind !== 'percent' || parsed.figure === null) return null;
  const up = parsed.direction === 'up';
  const factor = up ? 1 + parsed.figure.value / 100 : 1 - parsed.figure.value / 100;
  if (factor <= 0) return null;
  const needed = Math.abs(to.value - to.value / factor);
  const unit = printed.unit === null ? '' : ` ${printed.unit}`;
  return {
    up,
    base: formatNumber(from.value, from.decimals),
    difference: `${formatNumber(printed.value, printed.decimals)}${unit}`,
    change: `${formatNumber(parsed.figure.value, parsed.figure.decimals)}%`,
    needed: `${formatNumber(needed, printed.decimals)}${unit}`,
  };
}

function describeValue(resolved: ResolvedClaim): Localized {
  const { claim } = resolved;
  const [part, whole] = claim.figures;
  if (claim.kind === 'part-whole' && part !== undefined && whole !== undefined && whole.value > 0) {
    const share = (part.value / whole.value) * 100;
    const formula = `${formatNumber(part.value, part.decimals)} / ${formatNumber(whole.value, whole.decimals)} = ${formatNumber(share, 1)}%`;
    return inBoth((lang) => NOTE_STRINGS[lang].share(formula));
  }
  return inBoth((lang) => NOTE_STRINGS[lang].recorded);
}

function joinMessage(base: string, extra: readonly string[]): string {
  if (extra.length === 0) return base;
  // Grammar: a full stop at the very end. Example: "không tính được." → "không tính được".
  const trimmed = base.replace(/\.$/u, '');
  return `${trimmed}. ${extra.join(' ')}`;
}

function figureOf(resolved: ResolvedClaim): Figure | null {
  const { figures, kind } = resolved.claim;
  return (kind === 'from-to' ? figures[figures.length - 1] : figures[0]) ?? null;
}

function basisOf(resolved: ResolvedClaim): ResultBasis {
  const other = [resolved.from, resolved.to].find((b) => b !== null && b.origin !== 'text');
  return other === undefined || other === null ? 'document' : { reference: other.sourceId ?? other.source ?? '' };
}

/** What a result takes from the reference data and the claim's context. */
export interface ReferenceExtras {
  readonly reference: ReferenceCheck | null;
  readonly provisional: boolean;
  readonly period: PeriodKey;
  readonly priceBase: PriceBase | null;
}

/** What verifying a claim gives: its verdict, figures and messages in both languages. */
type Verified = Pick<ProseClaimResult, 'verdict' | 'computed' | 'message' | 'messageEn' | 'expected' | 'implied'>;

function verifiedOf(resolved: ResolvedClaim, searched: boolean): Verified {
  if (resolved.input === null) {
    const described = describeValue(resolved);
    return { verdict: 'none', computed: null, message: described.vi, messageEn: described.en, expected: null, implied: null };
  }
  const v = verifyClaim({ ...resolved.input, basePeriod: basePeriodOf(resolved.claim) });
  return {
    verdict: v.verdict,
    computed: v.computed,
    message: joinMessage(v.message.vi, notes(resolved, v.verdict, searched, 'vi')),
    messageEn: joinMessage(v.message.en, notes(resolved, v.verdict, searched, 'en')),
    expected: v.expected,
    implied: v.implied,
  };
}

/**
 * A claim's result: its verdict and messages (with where its values came from), its fields in one order (one object shape
 * for every result, as `claimOf` does for claims).
 *
 * @example
 * proseClaimResult(resolved, 0, false, { reference: null, provisional: false, period: '', priceBase: null }).verdict // 'match'
 */
export function proseClaimResult(resolved: ResolvedClaim, id: number, searched: boolean, extras: ReferenceExtras): ProseClaimResult {
  const { claim } = resolved;
  const verified = verifiedOf(resolved, searched);
  return {
    basis: basisOf(resolved),
    reference: extras.reference,
    provisional: extras.provisional,
    period: extras.period,
    priceBase: extras.priceBase,
    id,
    text: claim.text,
    start: claim.start,
    end: claim.end,
    kind: claim.kind,
    indicator: claim.indicator,
    years: claim.years,
    compareTo: claim.compareTo,
    figure: figureOf(resolved),
    figures: claim.figures,
    claim: claim.claim?.text ?? null,
    qualifier: claim.qualifier,
    direction: claim.direction,
    source: claim.source,
    sentence: claim.sentence,
    from: resolved.from,
    to: resolved.to,
    verdict: verified.verdict,
    computed: verified.computed,
    message: verified.message,
    messageEn: verified.messageEn,
    expected: verified.expected,
    implied: verified.implied,
  };
}
