import { cookies } from 'next/headers';
import { LANG_COOKIE, resolveLang, type Lang } from '@/lib/i18n/lang';

/**
 * The saved language (cookie only), for the shell, which never sees the URL's search params.
 * @example await getSavedLang() // → 'en' when the soatso-lang cookie says en, else 'vi'
 */
export async function getSavedLang(): Promise<Lang> {
  return resolveLang(undefined, (await cookies()).get(LANG_COOKIE)?.value);
}

/**
 * A page's language: `?lang=` wins, then the cookie, then Vietnamese.
 * @example await getPageLang(Promise.resolve({ lang: 'en' })) // → 'en'
 */
export async function getPageLang(searchParams: Promise<Record<string, string | string[] | undefined>>): Promise<Lang> {
  const sp = await searchParams;
  return resolveLang(sp.lang, (await cookies()).get(LANG_COOKIE)?.value);
}
