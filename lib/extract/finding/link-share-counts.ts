import { claimTextOf, normalizeText, readShareClaimAt } from '../../claims';
import { hasExactFigure } from './exact-figure';
import type { ExtractedClaim, Figure } from '../types';

/**
 * A rate printed beside the two counts it is made of (spec §2b share forms, §5 shares): "năm 2012 có 44.541 hộ
 * nghèo trong tổng số 423.400 hộ, tỷ lệ hộ nghèo 10,44%". The rate is a `share` claim checked as part / whole × 100
 * against the two counts, at the rate's rounding interval.
 */

// Grammar: between-counts := ( space+ word ){0,3} space+ ( "trong" | "trên" ) ( space+ ( "tổng số" | "tổng" | "số" ) )? space+
//   — the words after the part's unit (what it counts) and the word that makes the next count its whole.
// Example: " nghèo trong tổng số " in "44.541 hộ nghèo trong tổng số 423.400 hộ"; not " nghèo và " (two counts side by side).
const BETWEEN_COUNTS = /^(?:\s+[\p{L}\p{M}]+){0,3}?\s+(?:trong|trên)(?:\s+tổng\s+số|\s+tổng|\s+số)?\s+$/iu;

// Grammar: words-only := ( space+ word ){0,3} space+ — used when the whole's own text starts with "trên" (read there
// as a qualifier: "32.772 hộ nghèo trên 436.960 hộ").
// Example: " nghèo " between "32.772 hộ" and "trên 436.960 hộ".
const WORDS_ONLY = /^(?:\s+[\p{L}\p{M}]+){0,3}\s+$/u;

// Grammar: over := "trên" space+ at the start of a value's text. Example: "trên 436.960 hộ" → "trên ".
const OVER = /^trên\s+/iu;

// Grammar: rate-lead := space* ( "," | ";" )? space* ( ( "và" | "với" ) space+ )? ( "tỷ" | "tỉ" ) space+ "lệ" ( any but
//   a digit, "," ";" "." "(" ")" )* end — the comma after the whole, then the rate's name up to its figure.
// Example: ", tỷ lệ hộ nghèo " between "423.400 hộ" and "10,44%"; not ", trong đó 2.100 hộ …".
const RATE_LEAD = /^\s*[,;]?\s*(?:(?:và|với)\s+)?(?<lead>(?:tỷ|tỉ)\s+lệ[^\d,;.()]*)$/iu;

/**
 * The first word of a count's unit ("hộ" of "hộ nghèo"), lower case, or `null` for a rate or no unit.
 *
 * @example
 * countHead({ value: 44541, decimals: 0, unit: 'hộ nghèo' }) // 'hộ'
 */
export function countHead(figure: Figure | undefined): string | null {
  const unit = figure?.unit ?? null;
  if (unit === null || unit.includes('%') || unit.includes('‰')) return null;
  return unit.trim().split(/\s+/u)[0]?.toLowerCase() ?? null;
}

/**
 * A count printed as a plain value (no qualifier other than a "trên" that may join it to its part).
 *
 * @example
 * isCount(extractClaims('Có 44.541 hộ nghèo.')[0]) // true
 */
export function isCount(claim: ExtractedClaim | undefined): claim is ExtractedClaim {
  return claim !== undefined && claim.kind === 'value' && claim.figures.length === 1 && countHead(claim.figures[0]) !== null;
}

/** The whole, without a "trên" it printed as the word that joins it to its part. */
function wholeWithoutOver(raw: string, whole: ExtractedClaim): ExtractedClaim {
  const over = OVER.exec(raw.slice(whole.start, whole.end));
  if (over === null) return whole;
  const start = whole.start + over[0].length;
  return { ...whole, start, text: normalizeText(raw.slice(start, whole.end)), qualifier: null };
}

interface Linked {
  readonly whole: ExtractedClaim;
  readonly share: ExtractedClaim;
}

/** The rate at `index` read as a share of the two counts printed right before it in its sentence, or `null`. */
function linkAt(raw: string, claims: readonly ExtractedClaim[], index: number): Linked | null {
  const rate = claims[index];
  const part = claims[index - 2];
  const whole = claims[index - 1];
  if (rate === undefined || rate.kind !== 'value' || rate.figures[0]?.unit !== '%' || !isCount(part) || !isCount(whole)) return null;
  if (part.sentence !== rate.sentence || whole.sentence !== rate.sentence) return null;
  const partFigure = part.figures[0];
  const wholeFigure = whole.figures[0];
  if (partFigure === undefined || wholeFigure === undefined || countHead(partFigure) !== countHead(wholeFigure)) return null;
  if (!(wholeFigure.value > 0) || partFigure.value > wholeFigure.value || part.qualifier !== null) return null;
  const between = raw.slice(part.end, whole.start);
  const joinedByOver = OVER.test(raw.slice(whole.start, whole.end)) && WORDS_ONLY.test(between);
  if (!joinedByOver && (whole.qualifier !== null || !BETWEEN_COUNTS.test(between))) return null;
  const gap = raw.slice(whole.end, rate.start);
  const lead = RATE_LEAD.exec(gap);
  const leadText = lead?.groups?.['lead'];
  if (lead === null || leadText === undefined) return null;
  const start = whole.end + gap.length - leadText.length;
  const text = normalizeText(raw.slice(start, rate.end));
  const read = readShareClaimAt(claimTextOf(text), 0);
  if (read === null || read.end !== text.length) return null;
  const share: ExtractedClaim = {
    ...rate,
    kind: 'share',
    start,
    text,
    indicator: normalizeText(leadText),
    claim: read.claim,
    qualifier: read.claim.qualifier,
    counts: { part: partFigure, whole: wholeFigure },
  };
  return { whole: wholeWithoutOver(raw, whole), share };
}

/**
 * A share read again from its text, with the part and whole it is checked against; `null` when no share reads there.
 *
 * @example
 * withCounts(share, { value: 359, decimals: 0, unit: 'tỷ đồng' }, { value: 24610, decimals: 0, unit: 'tỷ đồng' })?.counts
 */
export function withCounts(share: ExtractedClaim, part: Figure, whole: Figure): ExtractedClaim | null {
  const read = readShareClaimAt(claimTextOf(share.text), 0);
  const printed = share.figures[0]?.value;
  const computed = (part.value / whole.value) * 100;
  // A share this far from its part over the whole is of another whole: "1.600 người thất nghiệp, chiếm tỷ lệ 0,30%" is of
  // the rural labour force, not of the 6.000 unemployed before it (Lâm Đồng, June 2023).
  if (printed === undefined || !(printed > 0) || computed > printed * MAX_SHARE_FACTOR || computed < printed / MAX_SHARE_FACTOR) return null;
  return read === null ? null : { ...share, claim: read.claim, qualifier: read.claim.qualifier, counts: { part, whole } };
}

/** How many times larger or smaller than the printed share part / whole may be and still be that share, misprinted. */
const MAX_SHARE_FACTOR = 5;

// Grammar: breakdown := "trong đó" | "trong số đó" | "bao gồm" as whole words, anywhere between the whole and its part
// Example: ", trong đó dân số nam là " between "96.208.984 người" and "47.881.061 người".
const BREAKDOWN = /(?<![\p{L}\p{M}])(?:trong\s+(?:số\s+)?đó|bao\s+gồm)(?![\p{L}\p{M}])/giu;

/** Where each BREAKDOWN word starts in `raw` from `from` to `to`, in order: read once for a sentence's claims. */
function breakdownStarts(raw: string, from: number, to: number): number[] {
  return [...raw.slice(from, to).matchAll(BREAKDOWN)].map((m) => from + m.index);
}

/** Whether a BREAKDOWN word (by its start, `starts` sorted) stands from `from` to `to`. */
function breakdownBetween(starts: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? Infinity) < from) lo = mid + 1;
    else hi = mid;
  }
  return (starts[lo] ?? Infinity) < to;
}

/** How many changes of the part may stand between it and its share (one on last year, one on last month). */
const MAX_CHANGES_BETWEEN = 2;

/**
 * Where the part of the share at `index` is: the claim right before it, past the part's own changes printed between
 * the two in its sentence ("doanh nghiệp trong nước đạt 48,06 triệu USD, tăng 47,89% so với cùng kỳ năm trước, chiếm
 * 62%": Lâm Đồng, October 2022). A change of another name ("…, nhập khẩu tăng 5%, chiếm …") is no part's.
 *
 * @example
 * partIndexOf(claims, 3) // 1, for [whole, part, its change, share]
 */
export function partIndexOf(claims: readonly ExtractedClaim[], index: number): number {
  const share = claims[index];
  let k = index - 1;
  for (let skipped = 0; skipped < MAX_CHANGES_BETWEEN; skipped++) {
    const change = claims[k];
    const before = claims[k - 1];
    if (change === undefined || before === undefined || change.kind !== 'comparison' || change.sentence !== share?.sentence) break;
    if (change.indicator === null || change.indicator !== before.indicator) break;
    k--;
  }
  return k;
}

/**
 * The share at `index` ("chiếm 49,8%") read against the count right before it (its part) and the count of its sentence
 * that "trong đó" breaks down (its whole): "tổng dân số là 96.208.984 người, trong đó dân số nam là 47.881.061 người,
 * chiếm 49,8% và dân số nữ là 48.327.923 người, chiếm 50,2%" (the census of 2019). `null` when the sentence prints
 * no such pair.
 */
function shareOfWholeAt(claims: readonly ExtractedClaim[], index: number, breakdowns: readonly number[]): ExtractedClaim | null {
  const share = claims[index];
  const at = partIndexOf(claims, index);
  const part = claims[at];
  if (share === undefined || share.kind !== 'share' || share.counts !== undefined || share.figures[0]?.unit !== '%') return null;
  if (!isCount(part) || part.sentence !== share.sentence || !hasExactFigure(part)) return null;
  const partFigure = part.figures[0];
  if (partFigure === undefined) return null;
  const head = countHead(partFigure);
  for (let k = at - 1; k >= 0; k--) {
    const whole = claims[k];
    if (whole === undefined || whole.sentence !== share.sentence) return null;
    const wholeFigure = whole.figures[0];
    // The cheap tests first: a long list tries every claim before each of its shares.
    if (wholeFigure === undefined || !(wholeFigure.value > partFigure.value) || countHead(wholeFigure) !== head) continue;
    if (!isCount(whole) || !hasExactFigure(whole) || !breakdownBetween(breakdowns, whole.end, part.start)) continue;
    // A whole with a share of its own is a part of a larger total, which the shares of its parts are of too:
    // "công nghiệp - xây dựng đạt 34.433,4 tỷ đồng, chiếm 40,09%, trong đó công nghiệp đạt 28.947,4 tỷ đồng, chiếm
    // 33,71%" (Quảng Ngãi, first half of 2025) is 33,71 % of the GRDP.
    if (k + 1 < at && claims[k + 1]?.kind === 'share') return null;
    return withCounts(share, partFigure, wholeFigure);
  }
  return null;
}

// Grammar: part-to-share := space* ( "," | ";" )? space* — the part's count right before its share.
// Example: ", " in "Nợ xấu là 359 tỷ đồng, chiếm 1,46% …".
const PART_TO_SHARE = /^\s*[,;]?\s*$/u;

// Grammar: whole-after := space+ ( ( "trên" | "trong" | "của" | "so với" ) space+ )? "tổng" ( space+ "số" )? ( space+ word ){0,5}
//   space* ( "(" | ( "là" | "đạt" ) space+ )? end — the whole named after its share, up to its count.
// Example: " trên tổng dư nợ " in "chiếm 1,46% trên tổng dư nợ 24.610 tỷ đồng"; " tổng thu ngân sách (" in "chiếm 25%
// tổng thu ngân sách (4.000 tỷ đồng)"; not " so với cùng kỳ " (no "tổng").
const WHOLE_AFTER = /^\s+(?:(?:trên|trong|của|so\s+với)\s+)?tổng(?:\s+số)?(?:\s+[\p{L}\p{M}]+){0,5}\s*(?:\(|(?:là|đạt)\s+)?$/iu;

/**
 * The share at `index` ("chiếm 1,46%") read against the count right before it (its part) and the count of a "tổng …"
 * printed right after it (its whole): "nợ xấu là 359 tỷ đồng, chiếm 1,46% trên tổng dư nợ 24.610 tỷ đồng". `null` when
 * the sentence prints no such pair.
 */
function shareOfWholeAfter(raw: string, claims: readonly ExtractedClaim[], index: number): ExtractedClaim | null {
  const share = claims[index];
  const part = claims[index - 1];
  const whole = claims[index + 1];
  if (share === undefined || share.kind !== 'share' || share.counts !== undefined || share.figures[0]?.unit !== '%') return null;
  if (!isCount(part) || !isCount(whole) || !hasExactFigure(part) || !hasExactFigure(whole)) return null;
  if (part.sentence !== share.sentence || whole.sentence !== share.sentence) return null;
  const partFigure = part.figures[0];
  const wholeFigure = whole.figures[0];
  if (partFigure === undefined || wholeFigure === undefined || countHead(partFigure) !== countHead(wholeFigure)) return null;
  if (!(wholeFigure.value > partFigure.value)) return null;
  if (!PART_TO_SHARE.test(raw.slice(part.end, share.start)) || !WHOLE_AFTER.test(raw.slice(share.end, whole.start))) return null;
  return withCounts(share, partFigure, wholeFigure);
}

// Grammar: counted-to-share := ( space+ word ){0,10} space* ","? space* — what the part–whole counts count, up to the share
// Example: " xã được công nhận đạt chuẩn nông thôn mới, " between "42/82" and "chiếm tỷ lệ 51%" (Cà Mau, 2020).
const COUNTED_TO_SHARE = /^(?:\s+[\p{L}\p{M}]+){0,10}\s*,?\s*$/u;

/**
 * The share at `index` printed right after the part–whole counts it is made of ("có 42/82 xã được công nhận đạt chuẩn
 * nông thôn mới, chiếm tỷ lệ 51% tổng số xã": Cà Mau, 2020). `null` when the claim before it is no such pair.
 */
function shareOfCounts(raw: string, claims: readonly ExtractedClaim[], index: number): ExtractedClaim | null {
  const share = claims[index];
  const counts = claims[index - 1];
  if (share === undefined || share.kind !== 'share' || share.counts !== undefined || share.figures[0]?.unit !== '%') return null;
  if (counts === undefined || counts.kind !== 'part-whole' || counts.sentence !== share.sentence) return null;
  const [part, whole] = counts.figures;
  if (part === undefined || whole === undefined || !(whole.value > 0) || part.value > whole.value) return null;
  return COUNTED_TO_SHARE.test(raw.slice(counts.end, share.start)) ? withCounts(share, part, whole) : null;
}

/**
 * Reads each rate printed right after its part and whole ("44.541 hộ nghèo trong tổng số 423.400 hộ, tỷ lệ hộ
 * nghèo 10,44%"), each share after a part of a whole its sentence breaks down ("…, trong đó dân số nam là
 * 47.881.061 người, chiếm 49,8%"), each share after its part–whole counts ("42/82 xã …, chiếm tỷ lệ 51%") and each share between its part and the whole it names ("359 tỷ đồng, chiếm 1,46% trên
 * tổng dư nợ 24.610 tỷ đồng"), as a `share` claim with `counts`, so it is checked as part / whole × 100. The claims of one
 * sentence, in text order; offsets into `raw`. Everything else is returned as it was.
 *
 * @example
 * const raw = 'Năm 2014 có 32.772 hộ nghèo trên 436.960 hộ, tỷ lệ hộ nghèo 7,50%.';
 * linkShareCounts(raw, claims).map((c) => c.kind); // ['value', 'value', 'share']
 * linkShareCounts(raw, claims)[2]?.counts; // { part: 32.772 hộ, whole: 436.960 hộ }
 */
export function linkShareCounts(raw: string, claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  const out = [...claims];
  const breakdowns = breakdownStarts(raw, claims[0]?.start ?? 0, claims.at(-1)?.end ?? 0);
  for (let i = 1; i < out.length; i++) {
    const ofWholeAfter = shareOfWholeAfter(raw, out, i) ?? shareOfCounts(raw, out, i);
    if (ofWholeAfter !== null) {
      out[i] = ofWholeAfter;
      continue;
    }
    if (i < 2) continue;
    const linked = linkAt(raw, out, i);
    if (linked !== null) {
      out[i - 1] = linked.whole;
      out[i] = linked.share;
      continue;
    }
    const ofWhole = shareOfWholeAt(out, i, breakdowns);
    if (ofWhole !== null) out[i] = ofWhole;
  }
  return out;
}
