import { foldDiacritics } from '../../claims/normalize-text';
import { claimYear } from './claim-year';
import type { Localized } from '../../i18n/lang';
import type { CheckSeverity, ConsistencyFinding } from './consistency-types';
import { figureText, isMoneyUnit } from './figure-text';
import type { ExtractedClaim } from '../types';

// Grammar: index-or-rate-name := ( "chỉ số" | "tốc độ" | "tỷ lệ" | "tỉ lệ" ) at the start of the name (folded)
// Example: "chỉ số sản xuất công nghiệp" is an index; "tỷ lệ hộ nghèo" a rate; "thu nhập" neither.
const INDEX_OR_RATE = /^(?:chi so|toc do|t[yi] le)(?![\p{L}])/u;

function kindOf(name: string): { vi: string; en: string } {
  return name.startsWith('chi so') ? { vi: 'chỉ số', en: 'an index' } : { vi: 'tốc độ hay tỷ lệ', en: 'a rate' };
}

// Grammar: count-unit := ( "doanh nghiệp" | "hợp tác xã" | "người" | "lao động" | "lượt" [ space ( "khách" | "người" ) ] | "hộ"
//   | "con" | "xã" | "dự án" | "trường" | "lớp" | "học sinh" | "chiếc" | "căn" [ space "hộ" ] | "thuê bao" ), the whole unit
//   (folded) — things counted one by one, never in fractions
// Example: "doanh nghiệp", "lượt khách"; not "người/km2" (a density) nor "nghìn người" (a scale's decimals are real).
const COUNT_UNIT = /^(?:doanh nghiep|hop tac xa|nguoi|lao dong|luot(?: khach| nguoi)?|ho|con|xa|du an|truong|lop|hoc sinh|chiec|can(?: ho)?|thue bao)$/u;

// Grammar: comma-thousands := digit{1,3} "," digit{3} then a space or the end — a comma before exactly three digits
// Example: "131,777 doanh nghiệp" (GSO, 10 months of 2023: 131.777 firms); not "1,5 nghìn" nor "131,7".
const COMMA_THOUSANDS = /^\d{1,3},\d{3}(?=\s|$)/u;

/** An `impossible-unit` finding on claim `index`. */
function unitFinding(claim: ExtractedClaim, index: number, severity: CheckSeverity, message: Localized): ConsistencyFinding {
  return { kind: 'impossible-unit', severity, claims: [index], places: [], indicator: claim.indicator, year: claimYear(claim), computed: null, message };
}

/**
 * Whether a claim is a count printed with a comma before three digits ("131,777 doanh nghiệp"), which the Vietnamese
 * rule reads as a fraction no count has: its figure is not to be reasoned from (countWithDecimals says what it means).
 *
 * @example
 * isCommaGroupedCount(claimOf('131,777 doanh nghiệp')) // true
 */
export function isCommaGroupedCount(claim: ExtractedClaim): boolean {
  const unit = claim.figures[0]?.unit ?? null;
  return claim.kind === 'value' && unit !== null && claim.qualifier === null && COUNT_UNIT.test(foldDiacritics(unit).toLowerCase()) && COMMA_THOUSANDS.test(claim.text);
}

/**
 * A count printed with three decimals after a comma ("131,777 doanh nghiệp"): read by the Vietnamese rule as 131,777
 * firms, which cannot be; the comma was meant to group thousands (131.777). A warning, so the figure is corrected.
 */
function countWithDecimals(claim: ExtractedClaim, index: number): ConsistencyFinding | null {
  const figure = claim.figures[0];
  if (figure === undefined || figure.unit === null || !isCommaGroupedCount(claim)) return null;
  const meant = figureText(Math.round(figure.value * 1000), 0, figure.unit);
  return unitFinding(claim, index, 'warning', {
    vi: `“${claim.text}” đọc theo quy ước là số thập phân, nhưng số ${figure.unit} không có phần lẻ: có lẽ là ${meant} (dấu phẩy dùng nhầm làm dấu phân cách hàng nghìn)`,
    en: `“${claim.text}” reads as a decimal by the Vietnamese rule, but a count has no fraction: probably ${figureText(Math.round(figure.value * 1000), 0, figure.unit, 'en')} (a comma used to group thousands)`,
  });
}

/**
 * A figure whose unit its kind cannot have: an index or a rate ("chỉ số sản xuất công nghiệp", "tỷ lệ hộ
 * nghèo") printed in money ("tăng 6,25 triệu đồng"). An index or a rate moves in % or in points, never in đồng. And a
 * count printed with a decimal comma before three digits ("131,777 doanh nghiệp"), a warning (countWithDecimals).
 *
 * @example
 * checkUnit(extractClaims('Chỉ số sản xuất công nghiệp tăng 6,25 triệu đồng so với cùng kỳ.'))[0]?.kind; // 'impossible-unit'
 */
export function checkUnit(claims: readonly ExtractedClaim[]): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = [];
  claims.forEach((claim, index) => {
    const count = countWithDecimals(claim, index);
    if (count !== null) findings.push(count);
    const name = foldDiacritics(claim.indicator ?? '').trim();
    const figure = claim.figures[0];
    if (figure === undefined || !INDEX_OR_RATE.test(name) || !isMoneyUnit(figure.unit)) return;
    const kind = kindOf(name);
    findings.push(
      unitFinding(claim, index, 'error', {
        vi: `“${claim.indicator ?? ''}” là ${kind.vi}, chỉ tính bằng % hoặc điểm, nhưng “${claim.text}” ghi ${figureText(figure.value, figure.decimals, figure.unit)}`,
        en: `“${claim.indicator ?? ''}” is ${kind.en}, measured in % or points only, but “${claim.text}” prints ${figureText(figure.value, figure.decimals, figure.unit, 'en')}`,
      }),
    );
  });
  return findings;
}
