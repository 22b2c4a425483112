import { foldDiacritics } from '../../claims/normalize-text';
import { claimYear } from './claim-year';
import type { ConsistencyFinding } from './consistency-types';
import { figureText, isMoneyUnit } from './figure-text';
import type { ExtractedClaim } from '../types';

// Grammar: index-or-rate-name := ( "chỉ số" | "tốc độ" | "tỷ lệ" | "tỉ lệ" ) at the start of the name (folded)
// Example: "chỉ số sản xuất công nghiệp" is an index; "tỷ lệ hộ nghèo" a rate; "thu nhập" neither.
const INDEX_OR_RATE = /^(?:chi so|toc do|t[yi] le)(?![\p{L}])/u;

function kindOf(name: string): { vi: string; en: string } {
  return name.startsWith('chi so') ? { vi: 'chỉ số', en: 'an index' } : { vi: 'tốc độ hay tỷ lệ', en: 'a rate' };
}

/**
 * A figure whose unit its kind cannot have: an index or a rate ("chỉ số sản xuất công nghiệp", "tỷ lệ hộ
 * nghèo") printed in money ("tăng 6,25 triệu đồng"). An index or a rate moves in % or in points, never in đồng.
 *
 * @example
 * checkUnit(extractClaims('Chỉ số sản xuất công nghiệp tăng 6,25 triệu đồng so với cùng kỳ.'))[0]?.kind; // 'impossible-unit'
 */
export function checkUnit(claims: readonly ExtractedClaim[]): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = [];
  claims.forEach((claim, index) => {
    const name = foldDiacritics(claim.indicator ?? '').trim();
    const figure = claim.figures[0];
    if (figure === undefined || !INDEX_OR_RATE.test(name) || !isMoneyUnit(figure.unit)) return;
    const kind = kindOf(name);
    findings.push({
      kind: 'impossible-unit',
      severity: 'error',
      claims: [index],
      places: [],
      indicator: claim.indicator,
      year: claimYear(claim),
      computed: null,
      message: {
        vi: `“${claim.indicator ?? ''}” là ${kind.vi}, chỉ tính bằng % hoặc điểm, nhưng “${claim.text}” ghi ${figureText(figure.value, figure.decimals, figure.unit)}`,
        en: `“${claim.indicator ?? ''}” is ${kind.en}, measured in % or points only, but “${claim.text}” prints ${figureText(figure.value, figure.decimals, figure.unit, 'en')}`,
      },
    });
  });
  return findings;
}
