import type { ProseClaimResult } from '@/lib/extract/check-prose';
import type { Lang } from '@/lib/i18n/lang';
import { formatNumber } from '@/lib/numbers/format-number';
import { REFERENCE_STRINGS } from './strings';

function withUnit(value: number, decimals: number, unit: string): string {
  return `${formatNumber(value, Math.max(0, decimals))}${unit === '' ? '' : unit.startsWith('%') ? unit : ` ${unit}`}`;
}

/**
 * What the "Đối chiếu với số liệu gốc" cell says for a claim of a checked text, or `null` when the reference
 * has nothing to say about it.
 *
 * @example
 * referenceText(claim, 'vi'); // '✗ Khác số liệu gốc: 28.814.433 Triệu đồng, chênh +27,0 (Niên giám … — Biểu 30, trang 43)'
 */
export function referenceText(claim: Pick<ProseClaimResult, 'reference' | 'basis' | 'figure'>, lang: Lang): string | null {
  const t = REFERENCE_STRINGS[lang];
  const reference = claim.reference ?? null;
  if (reference !== null) {
    switch (reference.kind) {
      case 'question':
        return t.question(reference.question.name, reference.question.candidates.map((c) => `“${c}”`).join(lang === 'vi' ? ' hay ' : ' or '));
      case 'agrees':
        return t.agrees(withUnit(reference.value, reference.decimals, reference.unit), lang === 'vi' ? reference.place : reference.placeEn);
      case 'differs': {
        const gap = `${reference.gap > 0 ? '+' : '−'}${formatNumber(Math.abs(reference.gap), Math.max(0, claim.figure?.decimals ?? 0))}`;
        return t.differs(withUnit(reference.value, reference.decimals, reference.unit), gap, lang === 'vi' ? reference.place : reference.placeEn);
      }
    }
  }
  const basis = claim.basis ?? 'document';
  return basis === 'document' ? null : t.baseFrom(basis.reference);
}

/**
 * Whether the reference says the claim is wrong: a printed level that differs from it.
 *
 * @example
 * differsFromReference({ reference: { kind: 'differs', … } }); // true
 */
export function differsFromReference(claim: Pick<ProseClaimResult, 'reference'>): boolean {
  return claim.reference?.kind === 'differs';
}
