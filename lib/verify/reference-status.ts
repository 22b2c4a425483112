import { foldDiacritics } from '../claims/normalize-text';
import type { Lang } from '../i18n/lang';
import type { ReferenceStatus } from './reference-types';

// Grammar: status := "so bo" | "uoc" ( space "tinh" | space "thuc hien" )? | "chinh thuc" | "preliminary" | "estimate" | "final" (folded)
// Example: "Sơ bộ" → preliminary, "ước tính" → estimate, "Chính thức" → final.
const STATUS_CELL = /^(?:(?<p>so bo|preliminary|prel)|(?<e>uoc(?: tinh| thuc hien)?|estimate)|(?<f>chinh thuc|final|official))$/u;

/**
 * Reads a `trạng thái` / `status` cell: `sơ bộ`, `ước tính` or `chính thức`. An empty cell is `final`
 * (a yearbook prints final figures unless it says otherwise); an unknown word is `null`.
 *
 * @example
 * parseStatusCell('Sơ bộ'); // 'preliminary'
 * parseStatusCell(''); // 'final'
 * parseStatusCell('tạm'); // null
 */
export function parseStatusCell(cell: string): ReferenceStatus | null {
  const folded = foldDiacritics(cell.normalize('NFC')).replace(/\s+/gu, ' ').trim();
  if (folded === '') return 'final';
  const g = STATUS_CELL.exec(folded)?.groups;
  if (g === undefined) return null;
  return g.p !== undefined ? 'preliminary' : g.e !== undefined ? 'estimate' : 'final';
}

/**
 * Whether a value may still change: a difference from it is a warning, not an error (issue 15).
 *
 * @example
 * isProvisional('estimate'); // true
 */
export function isProvisional(status: ReferenceStatus): boolean {
  switch (status) {
    case 'preliminary':
    case 'estimate':
      return true;
    case 'final':
      return false;
  }
}

/**
 * The status as the pages write it.
 *
 * @example
 * statusLabel('preliminary', 'vi'); // 'sơ bộ'
 */
export function statusLabel(status: ReferenceStatus, lang: Lang): string {
  switch (status) {
    case 'preliminary':
      return lang === 'vi' ? 'sơ bộ' : 'preliminary';
    case 'estimate':
      return lang === 'vi' ? 'ước tính' : 'estimate';
    case 'final':
      return lang === 'vi' ? 'chính thức' : 'final';
  }
}
