/** The two UI languages: Vietnamese (the default) and English. */
export type Lang = 'vi' | 'en';

/*
 * Strings tables, one style everywhere: an interface with one readonly key per text (a function
 * for text with values in it), and the table typed by it, so a key missing in either language
 * fails to compile:
 *
 *   export interface UploadStrings { readonly title: string; readonly rows: (n: number) => string }
 *   export const UPLOAD_STRINGS: Readonly<Record<Lang, UploadStrings>> = { vi: { … }, en: { … } };
 *
 * A single sentence built where it is used (an API refusal) is a `Localized`: `{ vi, en }`.
 * English texts hold no Vietnamese letters (components/english-strings.test.ts checks).
 */

/** One user-facing sentence in both languages; a missing language fails to compile. */
export type Localized = Readonly<Record<Lang, string>>;

/**
 * The sentence in the given language.
 *
 * @example
 * localize({ vi: 'Tệp rỗng', en: 'The file is empty' }, 'en') // 'The file is empty'
 */
export function localize(text: Localized, lang: Lang): string {
  return text[lang];
}

/**
 * A message in both languages, made by one function of the language.
 *
 * @example
 * inBoth((lang) => (lang === 'vi' ? 'Tệp rỗng' : 'The file is empty')) // { vi: 'Tệp rỗng', en: 'The file is empty' }
 */
export function inBoth(make: (lang: Lang) => string): Localized {
  return { vi: make('vi'), en: make('en') };
}

/** The cookie that keeps the chosen language; next.config.js reads the same name. */
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
