import { formatNumber } from '../../numbers/format-number';
import { halfUnit } from '../../verify/interval';
import type { Localized } from '../../i18n/lang';
import type { ExtractedClaim } from '../types';
import type { CheckOutcome, ConsistencyExplanation, ConsistencyFinding } from './consistency-types';
import { claimYear } from './claim-year';
import { EPSILON } from './contribution-terms';
import { branchesAfter, nameAt, SECTORS } from './sector-branches';

/*
 * A sector's contribution to the growth against its branches' printed in later sentences: GSO's first half of 2017 prints
 * farming's 0,43 percentage points, then "Trong khu vực nông, lâm nghiệp và thủy sản, ngành thủy sản … đóng góp 0,15 điểm
 * phần trăm …; ngành lâm nghiệp … 0,03 …; ngành nông nghiệp … 0,25 …": 0,15 + 0,03 + 0,25 = 0,43. The branches are the
 * whole sector, so their points add up to its points within the rounding of every figure. Branches in the sector's own
 * sentence after "trong đó" are sub-contributions.ts'.
 */

// Grammar: pull-down := ( "làm" | "kéo" ) space+ "giảm" at the start of the claim — a contribution against the growth
// Example: "làm giảm 0,25 điểm phần trăm" counts −0,25; "đóng góp 0,15 điểm phần trăm" +0,15.
const PULL_DOWN = /^(?:làm|kéo)\s+giảm/iu;

/** A contribution in percentage points, signed, or null. */
function pointsOf(claim: ExtractedClaim): { value: number; decimals: number } | null {
  const figure = claim.figures[0];
  if (claim.kind !== 'contribution' || figure === undefined || figure.unit === null || !figure.unit.startsWith('điểm')) return null;
  return { value: PULL_DOWN.test(claim.text) ? -figure.value : figure.value, decimals: figure.decimals };
}

function message(whole: ExtractedClaim, arithmetic: string, printed: string, tolerance: string | null): Localized {
  const name = whole.indicator ?? '';
  return tolerance === null
    ? {
        vi: `Các ngành của ${name} đóng góp ${arithmetic} điểm phần trăm, khớp với ${printed} điểm của cả khu vực trong sai số làm tròn`,
        en: `The branches of “${name}” contribute ${arithmetic} percentage points, which is the sector's ${printed} points within rounding`,
      }
    : {
        vi: `Các ngành của ${name} đóng góp cộng lại ${arithmetic} điểm phần trăm, không bằng ${printed} điểm của cả khu vực (sai số làm tròn tối đa ±${tolerance})`,
        en: `The branches of “${name}” contribute ${arithmetic} percentage points together, not the sector's ${printed} points (rounding allows ±${tolerance})`,
      };
}

/**
 * Each sector's contribution in points against its branches' in the sentences after it: an error when they do not add
 * up (spec §5, contributions), an explanation when they do.
 *
 * @example
 * checkBranchContributions(extractClaims('Năm 2017, khu vực công nghiệp và xây dựng tăng 5,81%, đóng góp 2,0 điểm phần trăm. Ngành công nghiệp tăng 5,33%, đóng góp 1,2 điểm phần trăm; ngành xây dựng tăng 7,7%, đóng góp 0,3 điểm phần trăm.')).findings[0]?.computed
 * // 1.5
 */
export function checkBranchContributions(claims: readonly ExtractedClaim[]): CheckOutcome {
  const findings: ConsistencyFinding[] = [];
  const explanations: ConsistencyExplanation[] = [];
  claims.forEach((whole, index) => {
    const points = pointsOf(whole);
    if (points === null) return;
    const name = nameAt(claims, index);
    const sector = name === null ? undefined : SECTORS.find((s) => s.name.test(name.rest));
    if (name === null || sector === undefined) return;
    const branches = branchesAfter(claims, index, sector, name.measure, (c) => pointsOf(c) !== null && c.sentence !== whole.sentence);
    if (branches === null) return;
    const found = [...branches].sort((a, b) => a - b);
    const parts = found.flatMap((j) => {
      const p = claims[j] === undefined ? null : pointsOf(claims[j] as ExtractedClaim);
      return p === null ? [] : [p];
    });
    const sum = parts.reduce((acc, p) => acc + p.value, 0);
    const slack = [points, ...parts].reduce((acc, p) => acc + halfUnit(p.decimals), 0) + EPSILON;
    const decimals = Math.max(points.decimals, ...parts.map((p) => p.decimals));
    const arithmetic = `${parts.map((p, i) => (i === 0 ? formatNumber(p.value, p.decimals) : `${p.value < 0 ? '−' : '+'} ${formatNumber(Math.abs(p.value), p.decimals)}`)).join(' ')} = ${formatNumber(sum, decimals)}`;
    const printed = formatNumber(points.value, points.decimals);
    const involved = [index, ...found];
    if (Math.abs(sum - points.value) <= slack) {
      explanations.push({ kind: 'contributions-not-total', claims: involved, places: [], message: message(whole, arithmetic, printed, null) });
      return;
    }
    findings.push({
      kind: 'contributions-not-total',
      severity: 'error',
      claims: involved,
      places: [],
      message: message(whole, arithmetic, printed, formatNumber(slack, decimals + 1)),
      indicator: whole.indicator,
      year: claimYear(whole),
      computed: sum,
    });
  });
  return { findings, explanations };
}
