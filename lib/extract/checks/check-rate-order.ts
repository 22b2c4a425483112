import { foldDiacritics } from '../../claims/normalize-text';
import { formatNumber } from '../../numbers/format-number';
import { claimInterval } from '../../verify/interval';
import type { ExtractedClaim } from '../types';
import type { ConsistencyFinding } from './consistency-types';

/*
 * A rate said to be higher or lower than another rate printed after it: "GDP quý I/2025 tăng 6,93%, cao hơn tốc độ
 * tăng 7,66% của quý I/2024" (GSO's house style), "tăng trưởng ước đạt 8,35%; cao hơn khá nhiều so với quý IV năm
 * trước (+5,8%)" (Hải Dương, first quarter of 2023). The two rates must stand in the order the words say.
 */

// Grammar (folded): order-words := start [ space "," ";" "(" ]* ( "cao" | "thap" ) space "hon" mid end, where mid holds
//   no digit, ".", ";" or ")" (a bracket that closes ends the comparison: "tăng 0,04% (thấp hơn nhiều mức tăng tháng
//   trước) với giá gạo giảm 0,1%" compares with a rate it does not print, TP Hồ Chí Minh's CPI) (and, tested apart so that the match stays linear, a letter: what the second rate is, "toc do
//   tang", "muc tang", "so voi quy iv nam truoc (")
// Example: ", cao hơn tốc độ tăng " before "7,66%", " (cao hơn mức tăng " before "7,23%" and "; cao hơn khá nhiều so với
// quý IV năm trước (+" before "5,8%" match; ", cao hơn " right before "0,5 điểm phần trăm" (a difference, no second rate) does not.
const ORDER_WORDS = /^[\s,;(]*(cao|thap) hon(?<mid>[^\d.;)]*)$/u;

// Grammar (folded): points := "diem" — a difference in points printed as the second figure, no rate
// Example: "cao hơn 1,5 điểm phần trăm" compares by points.
const POINTS = /diem/u;

/** A rate in % with its sign, and what it may be after rounding and its qualifier ("ước đạt 8,35%"). */
interface SignedRate {
  readonly value: number;
  readonly decimals: number;
  readonly lo: number;
  readonly hi: number;
}

// Grammar: minus-before := ( "-" | "−" | "–" ) space* end — a sign printed right before a figure
// Example: "(-" before "2,1%" makes it a fall.
const MINUS_BEFORE = /[-−–]\s*$/u;

/** A rate in %: a change in % ("tăng 6,93%", "giảm 2%") or a level in % ("8,35%", "(+5,8%)", "(-2,1%)"). */
function signedRate(claim: ExtractedClaim, text: string): SignedRate | null {
  const figure = claim.figures[0];
  if (figure === undefined || figure.unit !== '%') return null;
  const change = claim.kind === 'comparison' && claim.claim?.ok === true && claim.claim.kind === 'percent' && claim.endpoints === null;
  if (!change && claim.kind !== 'value') return null;
  const down = change ? claim.direction === 'down' : MINUS_BEFORE.test(text.slice(Math.max(0, claim.start - 2), claim.start));
  const { lo, hi } = claimInterval(figure, claim.qualifier);
  return down ? { value: -figure.value, decimals: figure.decimals, lo: -hi, hi: -lo } : { value: figure.value, decimals: figure.decimals, lo, hi };
}

/**
 * Two rates of one sentence joined by "cao hơn" / "thấp hơn" that stand the other way round, beyond rounding: an
 * error (spec §5, direction).
 *
 * @example
 * checkRateOrder(extractClaims(t), t)[0]?.kind; // t = 'GDP quý I/2025 tăng 6,93%, cao hơn tốc độ tăng 7,66% của quý I/2024.' → 'direction-contradicts-values'
 */
export function checkRateOrder(claims: readonly ExtractedClaim[], text: string): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = [];
  for (let i = 0; i + 1 < claims.length; i++) {
    const a = claims[i];
    const b = claims[i + 1];
    if (a === undefined || b === undefined || a.sentence !== b.sentence) continue;
    const words = ORDER_WORDS.exec(foldDiacritics(text.slice(a.end, b.start)));
    if (words === null || !/[a-z]/u.test(words.groups?.mid ?? '') || POINTS.test(foldDiacritics(text.slice(b.start, b.end)))) continue;
    const first = signedRate(a, text);
    const second = signedRate(b, text);
    if (first === null || second === null) continue;
    const higher = words[1] === 'cao';
    const contradicts = higher ? first.hi < second.lo : first.lo > second.hi;
    if (!contradicts) continue;
    const said = higher ? 'cao hơn' : 'thấp hơn';
    const shown = (r: SignedRate) => `${formatNumber(r.value, r.decimals)}%`;
    const name = a.indicator === null ? '' : `“${a.indicator}”: `;
    findings.push({
      kind: 'direction-contradicts-values',
      severity: 'error',
      claims: [i, i + 1],
      places: [],
      indicator: a.indicator,
      year: null,
      computed: first.value - second.value,
      message: {
        vi: `${name}ghi “${said}” nhưng ${shown(first)} ${higher ? 'thấp hơn' : 'cao hơn'} ${shown(second)}`,
        en: `${name}the text says “${said}” (${higher ? 'higher than' : 'lower than'}) but ${shown(first)} is ${higher ? 'below' : 'above'} ${shown(second)}`,
      },
    });
  }
  return findings;
}
