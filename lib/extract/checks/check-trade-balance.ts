import { foldDiacriticsAligned } from '../../claims/normalize-text';
import { formatNumber } from '../../numbers/format-number';
import type { Lang } from '../../i18n/lang';
import type { ConsistencyFinding } from './consistency-types';
import { figureText, halfUnit } from './figure-text';
import { scaledUnit } from './unit-scale';
import { claimYear } from './claim-year';
import { hasExactFigure } from '../finding/exact-figure';
import type { ExtractedClaim } from '../types';

/*
 * The trade balance a report prints beside exports and imports ("xuất khẩu đạt 348,74 tỷ USD; nhập khẩu đạt 331,92
 * tỷ USD. Cán cân thương mại hàng hóa xuất siêu 16,82 tỷ USD"): the surplus is exports − imports, a deficit
 * ("nhập siêu") imports − exports. A parts-and-total finding (spec §5): exports are imports plus the surplus.
 */

/** Slack for binary floating point. */
const EPSILON = 1e-9;

// Grammar (folded): balance := ( "xuat sieu" | "nhap sieu" | ( "thang du" | "tham hut" ) " thuong mai" [" hang hoa"] )
//   ( space ( "khoang" | "uoc" | "uoc tinh" | "dat" | "la" | "hon" | "gan" | "len toi" ) )* space* end — the words right
//   before the figure; a surplus "sang" or "với" a partner is not the whole balance. "xuất siêu" and "thặng dư" are a
//   surplus, "nhập siêu" and "thâm hụt" a deficit.
// Example: "Cán cân thương mại hàng hóa xuất siêu ", "ước tính nhập siêu khoảng " and "đạt thặng dư thương mại lên tới "
// end in a balance; "xuất siêu sang Hoa Kỳ " does not.
const BALANCE_BEFORE = /(?<![\p{L}\p{M}])(xuat sieu|nhap sieu|thang du thuong mai|tham hut thuong mai)(?: hang hoa)?(?: (?:khoang|uoc tinh|uoc|dat|la|hon|gan|len toi))*\s*$/u;

// Grammar (folded): exports := "xuat khau" not after "xuat " ("xuất nhập khẩu" is the total); imports := "nhap khau"
// not after "xuat" and a space, comma, slash or dash ("xuất, nhập khẩu", "xuất/nhập khẩu", "xuất - nhập khẩu" are the
// total too) — each the last words of the indicator, with anything before ("kim ngạch xuất khẩu") and the place it is
// of after ( " hang hoa" )? ( space ( "cua" | "tren dia ban" | "toan" ) )? space ( "tinh" | "thanh pho" | "huyen" | "ca nuoc" )
// Example: "kim ngạch xuất khẩu" is exports, and so is "kim ngạch xuất khẩu của tỉnh" (Long An's trade, November 2011);
//          "xuất nhập khẩu" and "tổng kim ngạch xuất, nhập khẩu hàng hóa" are neither.
const PLACE = '(?: hang hoa)?(?:(?: cua| tren dia ban| toan)? (?:tinh|thanh pho|huyen|ca nuoc))?$';
const EXPORTS = new RegExp(`(?<!xuat )xuat khau${PLACE}`, 'u');
const IMPORTS = new RegExp(`(?<!xuat\\s*[,/-]?\\s*)nhap khau${PLACE}`, 'u');

/** How far before a balance its exports and imports may be printed (characters: about one paragraph). */
const REACH = 600;

/** A level of the trade named `pattern`, printed before claim `before` and within reach, in the same unit base: the nearest. */
function levelBefore(claims: readonly ExtractedClaim[], before: number, pattern: RegExp, base: string, text: string): { claim: ExtractedClaim; index: number } | null {
  const at = claims[before]?.start ?? 0;
  for (let i = before - 1; i >= 0; i--) {
    const c = claims[i];
    if (c === undefined || c.start >= at) continue;
    if (at - c.start > REACH || text.slice(c.end, at).includes('\n\n')) return null;
    const figure = c.figures[0];
    // An estimate ("ước đạt 65,7 tỷ USD") is the figure the report subtracted with (exact-figure.ts).
    if (c.kind !== 'value' || !hasExactFigure(c) || figure === undefined || scaledUnit(figure.unit).base !== base) continue;
    if (pattern.test(foldDiacriticsAligned(c.indicator ?? '').trim())) return { claim: c, index: i };
  }
  return null;
}

/** Whether two claims speak of the same time: the balance names none, or the same year and part of it. */
function sameTime(balance: ExtractedClaim, level: ExtractedClaim): boolean {
  const year = claimYear(balance);
  if (year === null && balance.part === '') return true;
  return (year === null || claimYear(level) === year) && level.part === balance.part;
}

function balanceFinding(
  balance: { claim: ExtractedClaim; index: number; surplus: boolean },
  exports: { claim: ExtractedClaim; index: number },
  imports: { claim: ExtractedClaim; index: number },
): ConsistencyFinding | null {
  const [b, x, m] = [balance.claim.figures[0], exports.claim.figures[0], imports.claim.figures[0]];
  if (b === undefined || x === undefined || m === undefined) return null;
  const scale = scaledUnit(b.unit).scale;
  const inScale = (f: typeof b) => (f.value * scaledUnit(f.unit).scale) / scale;
  const difference = balance.surplus ? inScale(x) - inScale(m) : inScale(m) - inScale(x);
  const slack = [b, x, m].reduce((acc, f) => acc + (halfUnit(f.decimals) * scaledUnit(f.unit).scale) / scale, 0);
  if (Math.abs(difference - b.value) <= slack + EPSILON * Math.max(1, Math.abs(b.value))) return null;
  const decimals = Math.max(b.decimals, x.decimals, m.decimals);
  const [first, second] = balance.surplus ? [x, m] : [m, x];
  const arithmetic = (lang: Lang) =>
    `${figureText(inScale(first), first.decimals, null, lang)} − ${figureText(inScale(second), second.decimals, null, lang)} = ${figureText(difference, decimals, b.unit, lang)}`;
  const printed = (lang: Lang) => figureText(b.value, b.decimals, b.unit, lang);
  const gap = formatNumber(Math.abs(difference - b.value), decimals);
  const slackText = formatNumber(slack, decimals + 1);
  const word = balance.surplus ? { vi: 'xuất siêu', en: 'surplus' } : { vi: 'nhập siêu', en: 'deficit' };
  const order = balance.surplus ? { vi: 'xuất khẩu − nhập khẩu', en: 'exports − imports' } : { vi: 'nhập khẩu − xuất khẩu', en: 'imports − exports' };
  return {
    kind: 'parts-not-total',
    severity: 'error',
    claims: [exports.index, imports.index, balance.index].sort((a, c) => a - c),
    places: [],
    indicator: balance.claim.indicator,
    year: claimYear(balance.claim) ?? claimYear(exports.claim),
    computed: difference,
    message: {
      vi: `${order.vi}: ${arithmetic('vi')}, không bằng mức ${word.vi} ${printed('vi')} (chênh ${gap}, sai số làm tròn tối đa ±${slackText})`,
      en: `${order.en}: ${arithmetic('en')}, not the printed ${word.en} of ${printed('en')} (a gap of ${gap}; rounding allows ±${slackText})`,
    },
  };
}

/**
 * Each trade balance ("xuất siêu 16,82 tỷ USD", "nhập siêu 1,2 tỷ USD") against the exports and imports printed for
 * the same time before it in the paragraph: the surplus must be exports − imports within the rounding of the three
 * figures. A balance with a partner ("xuất siêu sang Hoa Kỳ …") or without both levels beside it is not checked.
 *
 * @example
 * checkTradeBalance(extractClaims(t), t)[0]?.message.vi;
 * // t = 'Xuất khẩu đạt 348,74 tỷ USD; nhập khẩu đạt 331,92 tỷ USD. Cán cân thương mại xuất siêu 18,62 tỷ USD.'
 * // → 'xuất khẩu − nhập khẩu: 348,74 − 331,92 = 16,82 tỷ USD, không bằng mức xuất siêu 18,62 tỷ USD (…)'
 */
export function checkTradeBalance(claims: readonly ExtractedClaim[], text: string): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = [];
  claims.forEach((claim, index) => {
    const figure = claim.figures[0];
    if (claim.kind !== 'value' || !hasExactFigure(claim) || figure === undefined || figure.unit === null) return;
    const lead = BALANCE_BEFORE.exec(foldDiacriticsAligned(text.slice(Math.max(0, claim.start - 60), claim.start)));
    if (lead === null) return;
    const base = scaledUnit(figure.unit).base;
    const exports = levelBefore(claims, index, EXPORTS, base, text);
    const imports = levelBefore(claims, index, IMPORTS, base, text);
    if (exports === null || imports === null || !sameTime(claim, exports.claim) || !sameTime(claim, imports.claim)) return;
    if (claimYear(exports.claim) !== claimYear(imports.claim) || exports.claim.part !== imports.claim.part) return;
    const finding = balanceFinding({ claim, index, surplus: lead[1] === 'xuat sieu' || lead[1] === 'thang du thuong mai' }, exports, imports);
    if (finding !== null) findings.push(finding);
  });
  return findings;
}
