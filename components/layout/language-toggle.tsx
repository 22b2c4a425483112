'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useTransition, type MouseEvent } from 'react';
import { LANG_COOKIE, resolveLang, type Lang } from '@/lib/i18n/lang';

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;
const CHOICES: readonly { lang: Lang; label: string }[] = [
  { lang: 'vi', label: 'Tiếng Việt' },
  { lang: 'en', label: 'English' },
];

function readCookie(): string | undefined {
  const entry = document.cookie.split('; ').find((c) => c.startsWith(`${LANG_COOKIE}=`));
  return entry?.slice(LANG_COOKIE.length + 1);
}

function saveCookie(lang: Lang): void {
  document.cookie = `${LANG_COOKIE}=${lang}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax`;
}

/**
 * "Tiếng Việt | English": links that work without JavaScript (they set `?lang=`), and with it also
 * save the choice in a cookie so it persists across pages, then refresh the server components.
 * @example <LanguageToggle savedLang="vi" label="Ngôn ngữ" />
 */
export function LanguageToggle({ savedLang, label }: { savedLang: Lang; label: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();
  const param = searchParams.get('lang') ?? undefined;
  const current = resolveLang(param, savedLang);

  // A shared link with ?lang= is also a choice: remember it, and re-render the shell in that language.
  useEffect(() => {
    if (param !== 'vi' && param !== 'en') return;
    document.documentElement.lang = param;
    if (readCookie() !== param) {
      saveCookie(param);
      router.refresh();
    }
  }, [param, router]);

  const hrefFor = (lang: Lang): string => {
    const next = new URLSearchParams(searchParams.toString());
    next.set('lang', lang);
    return `${pathname}?${next.toString()}`;
  };

  const choose = (lang: Lang) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    if (lang === current) return;
    saveCookie(lang);
    document.documentElement.lang = lang;
    startTransition(() => {
      router.replace(`${hrefFor(lang)}${window.location.hash}`, { scroll: false });
      router.refresh();
    });
  };

  return (
    <div className="lang-toggle" role="group" aria-label={label} aria-busy={pending || undefined}>
      {CHOICES.map((choice, i) => (
        <span key={choice.lang}>
          {i > 0 ? (
            <span className="lang-toggle__sep" aria-hidden="true">
              |
            </span>
          ) : null}
          <a
            href={hrefFor(choice.lang)}
            hrefLang={choice.lang}
            lang={choice.lang}
            aria-current={choice.lang === current ? 'true' : undefined}
            className="lang-toggle__link"
            onClick={choose(choice.lang)}
          >
            {choice.label}
          </a>
        </span>
      ))}
    </div>
  );
}
