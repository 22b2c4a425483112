import type { Localized } from '../../i18n/lang';

/*
 * Grammar of a user name:
 *   name := letter-or-digit (letter-or-digit | "." | "_" | "-")*     (1 to 64 characters, Unicode letters allowed)
 * Example: "lan.nguyen", "Hùng_2" are names; " lan", "a b", "" are not.
 */
const USER_NAME = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,63}$/u;

/**
 * Why a user name is refused, or null when it is acceptable (see the grammar above).
 *
 * @example
 * userNameProblem('lan.nguyen') // null
 * userNameProblem('a b') // { vi: 'Tên đăng nhập …', en: 'A user name …' }
 */
export function userNameProblem(name: string): Localized | null {
  return USER_NAME.test(name.normalize('NFC'))
    ? null
    : {
        vi: 'Tên đăng nhập gồm chữ, số và các dấu . _ - (tối đa 64 ký tự), bắt đầu bằng chữ hoặc số, không có dấu cách.',
        en: 'A user name is letters, digits and . _ - (at most 64 characters), starting with a letter or digit, without spaces.',
      };
}
