import { hasExactFigure } from './exact-figure';
import { countHead, isCount, partIndexOf, withCounts } from './link-share-counts';
import type { ExtractedClaim } from '../types';

/*
 * A share of a part whose sentence opens on a breakdown ("Trong đó,", "Phân theo …,") read against the whole the
 * sentence before prints: "… ước đạt 13.480 tỷ đồng, … . Trong đó, doanh nghiệp trong nước ước đạt 1.610 tỷ đồng, chiếm
 * 53,49%" (Bến Tre, 5 months of 2021). See link-share-counts.ts for the shares read within one sentence.
 */

// Grammar: opens-breakdown := sentence-end ( breakdown | by-criterion ) ( any not starting a sentence-end )* end,
//   sentence-end := ( "." | "!" | "?" ) space+ (a dot inside a number, "1.610", ends nothing); by-criterion := ( "phân" |
//   "chia" | "xét" ) space "theo" space ( not "," "." ";" ){1,60} "," — between a sentence's last claim and the next one's first
// Example: " kế hoạch. Trong đó, doanh nghiệp trong nước " before "ước đạt 1.610 tỷ đồng": the next sentence opens "Trong đó";
//          ". Phân theo nhóm ngành kinh doanh, doanh thu bán lẻ hàng hóa bảy tháng " (Vĩnh Phúc's retail, July 2018).
const OPENS_BREAKDOWN = /[.!?]\s+(?:trong\s+(?:số\s+)?đó(?![\p{L}\p{M}])|bao\s+gồm(?![\p{L}\p{M}])|(?:phân|chia|xét)\s+theo\s[^,.;]{1,60},)(?:(?![.!?]\s).)*$/isu;

// Grammar: nation-whole := ( not "," "." ";" ){0,80} ( "cả nước" | "Việt Nam" | "toàn quốc" | "nước ta" ) as words, right
//   after the share, in its clause — the whole the share names is the country's, which a province's report does not print
// Example: "chiếm 21% tổng lượng tôm của Việt Nam trong tháng 4/2023" (Cà Mau, April 2023): not of the province's 54.240
//          tấn of all fish and shrimp that the sentence before prints.
const NATION_WHOLE = /^[^,.;]{0,80}?(?<![\p{L}\p{M}])(?:cả\s+nước|việt\s+nam|toàn\s+quốc|nước\s+ta)(?![\p{L}\p{M}])/iu;

/**
 * The share at `index` read against the count its part's sentence breaks down when that sentence opens "Trong đó"
 * (`opened`) and the count closes the sentence before: "… ước đạt 13.480 tỷ đồng, … . Trong đó, doanh nghiệp trong nước
 * ước đạt 1.610 tỷ đồng, chiếm 53,49%" (Bến Tre, 5 months of 2021). The nearest count of the sentence before in the
 * part's unit and above it is the whole; `null` when there is none, or when the share names the country's whole after it.
 */
function shareOfWholeBefore(raw: string, claims: readonly ExtractedClaim[], index: number, opened: ReadonlySet<number>): ExtractedClaim | null {
  const share = claims[index];
  const at = partIndexOf(claims, index);
  const part = claims[at];
  if (share === undefined || share.kind !== 'share' || share.counts !== undefined || share.figures[0]?.unit !== '%') return null;
  if (NATION_WHOLE.test(raw.slice(share.end, share.end + 120))) return null;
  if (!opened.has(share.sentence) || !isCount(part) || part.sentence !== share.sentence || !hasExactFigure(part)) return null;
  const partFigure = part.figures[0];
  if (partFigure === undefined) return null;
  const head = countHead(partFigure);
  for (let k = at - 1; k >= 0; k--) {
    const whole = claims[k];
    if (whole === undefined || whole.sentence < share.sentence - 1) return null;
    const wholeFigure = whole.figures[0];
    if (whole.sentence === share.sentence || wholeFigure === undefined || !(wholeFigure.value > partFigure.value) || countHead(wholeFigure) !== head) continue;
    if (!isCount(whole) || !hasExactFigure(whole)) continue;
    // A whole with a share of its own is a part of a larger total (see shareOfWholeAt).
    return claims[k + 1]?.kind === 'share' && claims[k + 1]?.sentence === whole.sentence ? null : withCounts(share, partFigure, wholeFigure);
  }
  return null;
}

/**
 * Each share of a part in a sentence that opens "Trong đó" read against the whole the sentence before prints
 * (shareOfWholeBefore); claims of the whole text, in order. Whether a sentence opens so is read once, between its first
 * claim and the last claim before it. Everything else is returned as it was.
 *
 * @example
 * // raw = 'Giá trị sản xuất ước đạt 13.480 tỷ đồng. Trong đó, doanh nghiệp trong nước ước đạt 1.610 tỷ đồng, chiếm 53,49%.'
 * linkSharesAfterWhole(raw, claims)[2]?.counts // { part: 1.610 tỷ đồng, whole: 13.480 tỷ đồng }
 */
export function linkSharesAfterWhole(raw: string, claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  const opened = new Set<number>();
  claims.forEach((claim, i) => {
    const before = claims[i - 1];
    if (before !== undefined && claim.sentence === before.sentence + 1 && OPENS_BREAKDOWN.test(raw.slice(before.end, claim.start))) opened.add(claim.sentence);
  });
  if (opened.size === 0) return [...claims];
  return claims.map((claim, i) => (claim.kind === 'share' && claim.counts === undefined ? (shareOfWholeBefore(raw, claims, i, opened) ?? claim) : claim));
}
