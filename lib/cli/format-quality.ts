import type { Lang } from '../i18n/lang';
import type { QualityWarning } from '../verify/quality/types';

const HEADING: Readonly<Record<Lang, (n: number) => string>> = {
  vi: (n) => (n === 0 ? 'Chất lượng dữ liệu: không thấy vấn đề nào.' : `Chất lượng dữ liệu: ${n} lưu ý.`),
  en: (n) => (n === 0 ? 'Data quality: no problems found.' : `Data quality: ${n} notes.`),
};

const MARK: Readonly<Record<QualityWarning['severity'], string>> = { warning: '⚠', info: 'ℹ' };

/**
 * The data-quality warnings as plain text for a terminal: a heading with the count, then one
 * block per warning (its mark, indicators and years, then the reason).
 *
 * @example
 * formatQualityText([slip], 'vi') // "Chất lượng dữ liệu: 1 lưu ý.\n  ⚠ Thu ngân sách (2020)\n    1.234,5 (2020) lớn gấp …"
 */
export function formatQualityText(warnings: readonly QualityWarning[], lang: Lang = 'vi'): string {
  const lines = [HEADING[lang](warnings.length)];
  for (const w of warnings) {
    lines.push(`  ${MARK[w.severity]} ${[...new Set(w.indicators)].join('; ')} (${w.years.join(', ')})`);
    lines.push(`    ${w.message[lang]}`);
  }
  return lines.join('\n') + '\n';
}
