import type { Lang } from '../../i18n/lang';

// Grammar: a language range of Accept-Language ("en", "en-GB", "EN-us") at the start of the header.
// Example: "en-GB,en;q=0.9,vi;q=0.8" → English; "vi-VN,vi;q=0.9,en;q=0.8" and "eo,en" → Vietnamese.
const ENGLISH_FIRST = /^\s*en(?:-[a-z0-9]+)*\s*(?:[;,]|$)/i;

/**
 * The language an API request asks for: `?lang=en` or `?lang=vi` wins, else English when
 * `Accept-Language` puts English first, else Vietnamese (also when there is no request).
 *
 * @example
 * requestLang(new Request('http://x/api/verify?lang=en')) // 'en'
 * requestLang(new Request('http://x/api/verify', { headers: { 'accept-language': 'en-US,en;q=0.9' } })) // 'en'
 * requestLang(new Request('http://x/api/verify')) // 'vi'
 */
export function requestLang(request: Request | undefined): Lang {
  if (!request) return 'vi';
  const param = new URL(request.url).searchParams.get('lang');
  if (param === 'en' || param === 'vi') return param;
  return ENGLISH_FIRST.test(request.headers.get('accept-language') ?? '') ? 'en' : 'vi';
}
