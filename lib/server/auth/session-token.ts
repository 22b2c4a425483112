import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

/** The session cookie's name. */
export const SESSION_COOKIE = 'soatso-session';

/** How long a session lasts: 12 hours (a working day), then the user signs in again. */
export const SESSION_SECONDS = 12 * 60 * 60;

/**
 * A fresh session token: 32 random bytes, base64url (43 characters).
 *
 * @example
 * newSessionToken() // 'q3Vf…' (43 characters)
 */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What the store keeps of a token: its SHA-256, so a copy of the database opens no session.
 *
 * @example
 * hashSessionToken('abc') // 'ba7816bf…'
 */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/*
 * Grammar of a session token as sent back in the Cookie header:
 *   token := [A-Za-z0-9_-]{43}         (base64url of 32 bytes)
 * Example: "soatso-session=q3Vf…" gives the 43 characters after "=".
 */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The session token from a Cookie header, or null when there is none or it is malformed.
 *
 * @example
 * sessionTokenFrom('soatso-lang=en; soatso-session=' + 'a'.repeat(43)) // 'aaa…a'
 * sessionTokenFrom('soatso-session=x') // null
 */
export function sessionTokenFrom(cookieHeader: string | null): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const at = part.indexOf('=');
    if (at < 0 || part.slice(0, at).trim() !== SESSION_COOKIE) continue;
    const value = part.slice(at + 1).trim();
    return TOKEN.test(value) ? value : null;
  }
  return null;
}

/**
 * Whether the request reached us over HTTPS (directly, or through a proxy that says so): the
 * cookie then carries `Secure`.
 *
 * @example
 * isSecureRequest(new Request('https://x/api/session')) // true
 */
export function isSecureRequest(request: Request): boolean {
  return new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
}

/**
 * The Set-Cookie value of a session: httpOnly (no script reads it), SameSite=Lax (no cross-site
 * POST carries it), the whole site, 12 hours; `Secure` over HTTPS.
 *
 * @example
 * sessionCookie('q3Vf…', false) // 'soatso-session=q3Vf…; Path=/; HttpOnly; SameSite=Lax; Max-Age=43200'
 */
export function sessionCookie(token: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${SESSION_SECONDS}${secure ? '; Secure' : ''}`;
}

/**
 * The Set-Cookie value that removes the session cookie (sign-out).
 *
 * @example
 * clearedSessionCookie(false) // 'soatso-session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0'
 */
export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure ? '; Secure' : ''}`;
}
