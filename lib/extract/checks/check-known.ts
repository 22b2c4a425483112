import { formatNumber } from '../../numbers/format-number';
import { textLevels, valuesDiffer } from './text-levels';
import type { ConsistencyFinding } from './consistency-types';
import type { Lang } from '../../i18n/lang';
import { figureText } from './figure-text';
import { findKnownValue, type KnownSource } from '../finding/known-values';
import type { ExtractedClaim } from '../types';

/**
 * Whether a whole number with one thousands group in the text ("147.210", read 147210) is the dataset's value
 * read the other way (147,210): the ambiguous cell of spec §1, which the dataset has already read by series
 * continuity and flagged. Not a second value.
 */
function sameAmbiguousCell(text: { value: number; decimals: number }, known: { value: number; decimals: number }): boolean {
  if (text.decimals !== 0 || !Number.isInteger(text.value) || text.value < 1000 || text.value >= 1_000_000) return false;
  return !valuesDiffer({ value: text.value / 1000, decimals: 3 }, known);
}

/**
 * Levels the text prints that a dataset prints differently (same indicator, year and unit). A warning, not
 * an error: a dataset may measure the same name another way (another price basis, a revised figure).
 *
 * @example
 * checkKnown(extractClaims('Năm 2022 thu ngân sách trên địa bàn đạt 3.975,9 tỷ đồng.'), [tables])[0]?.message.vi;
 * // '“thu ngân sách trên địa bàn” năm 2022: văn bản ghi 3.975,9 tỷ đồng, Dữ liệu kèm theo — Mục II.6, bảng 2 ghi 3.957,9 Tỷ đồng (chênh 3.975,9 − 3.957,9 = 18)'
 */
export function checkKnown(claims: readonly ExtractedClaim[], sources: readonly KnownSource[]): ConsistencyFinding[] {
  if (sources.length === 0) return [];
  const findings: ConsistencyFinding[] = [];
  const seen = new Set<string>();
  for (const level of textLevels(claims)) {
    const { value } = level;
    const match = findKnownValue(sources, { indicator: level.indicator, year: value.year, part: level.part, unit: value.unit });
    if (match === null || !valuesDiffer(value, match.value) || sameAmbiguousCell(value, match.value)) continue;
    // One printed value once, however many claims carry it (a from–to statement and the changes checked against its ends).
    const key = `${level.indicator}\u0000${value.year}\u0000${level.part}\u0000${value.value}\u0000${value.unit ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const known = match.value;
    const where = known.source === '' ? match.source.label : `${match.source.label} — ${known.source}`;
    const whereEn = known.source === '' ? match.source.labelEn : `${match.source.labelEn} (“${known.source}”)`;
    const [high, low] = value.value >= known.value ? [value, known] : [known, value];
    const gap = high.value - low.value;
    const arithmetic = `${formatNumber(high.value, high.decimals)} − ${formatNumber(low.value, low.decimals)} = ${formatNumber(gap, Math.max(high.decimals, low.decimals))}`;
    const printed = (lang: Lang) => figureText(value.value, value.decimals, value.unit, lang);
    const other = (lang: Lang) => figureText(known.value, known.decimals, known.unit, lang);
    findings.push({
      kind: 'conflicting-values',
      severity: 'warning',
      claims: [level.index],
      places: [],
      indicator: level.indicator,
      year: value.year,
      computed: gap,
      message: {
        vi: `“${level.indicator}” năm ${value.year}: văn bản ghi ${printed('vi')}, ${where} ghi ${other('vi')} (chênh ${arithmetic})`,
        en: `“${level.indicator}” in ${value.year}: the text prints ${printed('en')}, ${whereEn} prints ${other('en')} (a gap of ${arithmetic})`,
      },
    });
  }
  return findings;
}
