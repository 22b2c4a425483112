import { foldDiacritics } from '../../claims/normalize-text';
import type { ExtractedClaim } from '../types';
import { claimYear } from './claim-year';
import { comparisonBaseOf } from '../finding/comparison-base';
import { rateOf, type Rate } from './check-growth-range';
import type { ConsistencyFinding } from './consistency-types';
import { EPSILON } from './contribution-terms';
import { sameTime } from './sector-branches';

/*
 * A whole made of two known parts, its growth against theirs: trade is exports and imports, visitors are the
 * international and the domestic ones. The whole's growth is its parts' weighted by their base values, so it lies
 * between them ("Tổng kim ngạch xuất nhập khẩu … tăng 8,4%; trong đó xuất khẩu … tăng 10,2%; nhập khẩu … tăng 6,2%").
 *
 * Read only when the whole and both parts are rises or falls in % of one time and base, named by the whole's or a
 * part's own words alone (past "tổng", "kim ngạch", "hàng hóa" and the period), within a few sentences of each other.
 */

/** One whole and its two parts, by their cleaned names (cleanName). */
interface Partition {
  readonly whole: RegExp;
  readonly parts: readonly [RegExp, RegExp];
}

// Grammar (cleaned names, whole): trade := "xuat" ","? space "nhap khau"; exports := "xuat khau"; imports := "nhap khau";
//   visitors := ( "luot" space )? "khach" ( space "du lich" )?; international := "khach quoc te"; domestic := "khach" space
//   ( "noi dia" | "trong nuoc" )
// Example: "Tổng kim ngạch xuất, nhập khẩu" → "xuat, nhap khau"; "Tổng lượt khách du lịch" → "luot khach du lich".
const PARTITIONS: readonly Partition[] = [
  { whole: /^xuat,? nhap khau$/u, parts: [/^xuat khau$/u, /^nhap khau$/u] },
  { whole: /^(?:luot )?khach(?: du lich)?$/u, parts: [/^khach quoc te$/u, /^khach (?:noi dia|trong nuoc)$/u] },
];

// Grammar (folded): filler := "tong" | "kim ngach" | "gia tri" | "tri gia" | "hang hoa" as words — what a trade or visitor
//   total's name adds to the words that tell it; period := space ( digits space "thang" | "thang" | "quy" | "nam" ) any* end
// Example: "tong kim ngach xuat khau hang hoa" → "xuat khau"; "tong luot khach du lich 6 thang" → "luot khach du lich".
const FILLER = /(?:^| )(?:tong|kim ngach|gia tri|tri gia|hang hoa)(?= |$)/gu;
const PERIOD = / (?:\d+ thang|thang|quy|nam)(?: .*)?$/u;

function cleanName(indicator: string | null): string {
  const folded = foldDiacritics(indicator ?? '').toLowerCase().replace(/\s+/gu, ' ');
  return folded.replace(FILLER, '').replace(PERIOD, '').trim();
}

/** How many claims apart the whole and its parts may be printed (a sentence of a whole report stays linear). */
const CLAIM_REACH = 60;

/** How many sentences apart the whole and its parts may be printed. */
const SENTENCE_REACH = 2;

/** The nearest rate of the part `pattern` names, of the whole's time, within SENTENCE_REACH sentences; else null. */
function partNear(claims: readonly ExtractedClaim[], names: readonly string[], at: number, pattern: RegExp): { index: number; rate: Rate } | null {
  const whole = claims[at];
  if (whole === undefined) return null;
  let best: { index: number; rate: Rate } | null = null;
  const from = Math.max(0, at - CLAIM_REACH);
  claims.slice(from, at + 1 + CLAIM_REACH).forEach((claim, offset) => {
    const index = from + offset;
    if (Math.abs(claim.sentence - whole.sentence) > SENTENCE_REACH || !pattern.test(names[index] ?? '') || !sameTime(whole, claim)) return;
    // Rates on two bases ("so với cùng kỳ" and "so với tháng trước") are no whole and parts.
    const bases = [comparisonBaseOf(whole.text), comparisonBaseOf(claim.text)];
    if (bases[0] !== null && bases[1] !== null && bases[0] !== bases[1]) return;
    const rate = rateOf(claim);
    if (rate !== null && (best === null || Math.abs(index - at) < Math.abs(best.index - at))) best = { index, rate };
  });
  return best;
}

/**
 * Each whole of a known pair of parts (trade, visitors) whose growth lies outside the range of its parts' printed near
 * it, beyond rounding: an error (spec §5, parts and total).
 *
 * @example
 * checkPartitionGrowth(extractClaims('Kim ngạch xuất nhập khẩu năm 2023 tăng 12,4%, trong đó xuất khẩu tăng 10,2%, nhập khẩu tăng 6,2%.'))[0]?.kind
 * // 'parts-not-total'
 */
export function checkPartitionGrowth(claims: readonly ExtractedClaim[]): ConsistencyFinding[] {
  const names = claims.map((c) => (c.kind === 'comparison' ? cleanName(c.indicator) : ''));
  const findings: ConsistencyFinding[] = [];
  claims.forEach((whole, index) => {
    const partition = PARTITIONS.find((p) => p.whole.test(names[index] ?? ''));
    const rate = partition === undefined ? null : rateOf(whole);
    if (partition === undefined || rate === null) return;
    const parts = partition.parts.map((pattern) => partNear(claims, names, index, pattern));
    const [a, b] = parts;
    if (a === null || b === null || a === undefined || b === undefined) return;
    const lowest = Math.min(a.rate.lo, b.rate.lo);
    const highest = Math.max(a.rate.hi, b.rate.hi);
    if (rate.hi + EPSILON >= lowest && rate.lo - EPSILON <= highest) return;
    const list = (quote: string, end: string): string => [a, b].map((p) => `${quote}${claims[p.index]?.indicator ?? ''}${end}: ${p.rate.text}`).join('; ');
    const above = rate.lo > highest;
    findings.push({
      kind: 'parts-not-total',
      severity: 'error',
      claims: [index, a.index, b.index].sort((x, y) => x - y),
      places: [],
      message: {
        vi: `${whole.indicator ?? ''} ${whole.text}, ${above ? 'cao' : 'thấp'} hơn cả hai thành phần (${list('', '')}): tốc độ tăng của tổng là bình quân gia quyền của hai thành phần nên phải nằm giữa chúng`,
        en: `“${whole.indicator ?? ''}” changed by ${rate.text}, ${above ? 'more' : 'less'} than both of its parts (${list('“', '”')}): a total's growth is its parts' weighted by their base values, so it lies between them`,
      },
      indicator: whole.indicator,
      year: claimYear(whole),
      computed: null,
    });
  });
  return findings;
}
