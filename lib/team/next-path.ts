/*
 * Grammar of a path the sign-in page may go back to:
 *   path := "/" (not "/" and not "\") any-character-but-control*
 * Example: "/kiem-tra?verdict=mismatch" is kept; "//evil.example", "/\evil", "https://evil" give "/".
 */
const LOCAL_PATH = /^\/(?![/\\])[^\u0000-\u001f]*$/;

/**
 * Where to go after signing in: the `next` parameter when it is a path on this site, else `/`
 * (never another site: no open redirect).
 *
 * @example
 * safeNextPath('/kiem-tra?verdict=mismatch') // '/kiem-tra?verdict=mismatch'
 * safeNextPath('//evil.example') // '/'
 */
export function safeNextPath(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value !== undefined && LOCAL_PATH.test(value) ? value : '/';
}
