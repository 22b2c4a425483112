import 'server-only';
import { hash, verify } from '@node-rs/argon2';
import type { Localized } from '../../i18n/lang';

/** The shortest and longest password accepted (characters). */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

/**
 * Hashes a password with argon2id (the library's defaults: 19 MiB, 2 passes, the OWASP minimum).
 *
 * @example
 * await hashPassword('một mật khẩu dài') // '$argon2id$v=19$m=19456,t=2,p=1$…'
 */
export async function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'));
}

/**
 * Whether the password matches the stored hash; a malformed hash is a mismatch, never a throw.
 *
 * @example
 * await verifyPassword(await hashPassword('một mật khẩu dài'), 'một mật khẩu dài') // true
 */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password.normalize('NFC'));
  } catch {
    return false;
  }
}

/** A hash of nothing anybody knows: verified against when the user does not exist, so both paths take as long. */
let decoyHash: Promise<string> | null = null;

/**
 * Verifies against a decoy hash (an unknown or disabled user): the answer takes as long as for a
 * real user, so timing does not tell which names exist.
 *
 * @example
 * await verifyDecoy('đoán thử') // false
 */
export async function verifyDecoy(password: string): Promise<false> {
  decoyHash ??= hash(`decoy-${Math.random()}-${Date.now()}`);
  await verifyPassword(await decoyHash, password);
  return false;
}

/**
 * Why a new password is refused, or null when it is acceptable.
 *
 * @example
 * passwordProblem('ngắn') // { vi: 'Mật khẩu cần ít nhất 10 ký tự.', en: 'The password needs at least 10 characters.' }
 * passwordProblem('đủ dài rồi đấy') // null
 */
export function passwordProblem(password: string): Localized | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    return { vi: `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`, en: `The password needs at least ${MIN_PASSWORD_LENGTH} characters.` };
  }
  if (length > MAX_PASSWORD_LENGTH) {
    return { vi: `Mật khẩu dài quá ${MAX_PASSWORD_LENGTH} ký tự.`, en: `The password is longer than ${MAX_PASSWORD_LENGTH} characters.` };
  }
  return null;
}
