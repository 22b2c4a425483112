import type { Lang } from '../i18n/lang';
import type { RowResult } from '../verify/result';

/**
 * A checked row's arithmetic message in the page language: the Vietnamese `message` of spec §4,
 * or its English twin. Rows are upgraded on read (upgrade-row.ts), so `messageEn` is present.
 *
 * @example
 * rowMessage({ message: '39,8 / 10,6 = 3,75 → làm tròn 3,8', messageEn: '39,8 / 10,6 = 3,75 → rounds to 3,8' }, 'en')
 * // '39,8 / 10,6 = 3,75 → rounds to 3,8'
 */
export function rowMessage(row: Pick<RowResult, 'message' | 'messageEn'>, lang: Lang): string {
  return lang === 'en' ? row.messageEn : row.message;
}

/**
 * A checked row's data-quality warnings in the page language.
 *
 * @example
 * rowWarnings(row, 'en') // ['1991: "147.210" can be read two ways; …']
 */
export function rowWarnings(row: Pick<RowResult, 'warnings'>, lang: Lang): string[] {
  return row.warnings.map((w) => w.message[lang]);
}
