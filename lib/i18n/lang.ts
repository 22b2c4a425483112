import type { Lang } from '../verify/labels';

export type { Lang };

export const LANG_COOKIE = 'soatso-lang';

/**
 * The page language: the `lang` URL parameter wins (shared links), then the saved cookie, then Vietnamese.
 *
 * @example
 * resolveLang('en', undefined) // 'en'
 */
export function resolveLang(param: string | string[] | undefined, cookie: string | undefined): Lang {
  const p = Array.isArray(param) ? param[0] : param;
  if (p === 'en' || p === 'vi') return p;
  return cookie === 'en' ? 'en' : 'vi';
}
