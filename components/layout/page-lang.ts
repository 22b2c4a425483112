import { notFound } from 'next/navigation';
import type { Lang } from '@/lib/i18n/lang';

/** The route parameters every page has: the language segment that `proxy.ts` writes into the path. */
export type LangParams = Promise<{ lang: string }>;

/** The two languages every page is rendered in; the root layout prerenders both. */
export const PAGE_LANGS: readonly { lang: Lang }[] = [{ lang: 'vi' }, { lang: 'en' }];

/**
 * A page's language, from the `[lang]` segment (chosen by `proxy.ts` from `?lang=`, then the
 * saved cookie, then Vietnamese). Anything else is not a page.
 * @example await getPageLang(Promise.resolve({ lang: 'en' })) // → 'en'
 */
export async function getPageLang(params: LangParams): Promise<Lang> {
  const { lang } = await params;
  if (lang === 'vi' || lang === 'en') return lang;
  notFound();
}
