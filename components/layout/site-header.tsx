import Link from 'next/link';
import { Suspense } from 'react';
import { AccountMenu } from '@/components/account/account-menu';
import type { Lang } from '@/lib/i18n/lang';
import { LanguageToggle } from './language-toggle';
import { NavLinks } from './nav-links';
import { LAYOUT_STRINGS } from './strings';

/**
 * Skip link, brand, main navigation, the language toggle and the account menu (filled after
 * first paint, so the shell stays static).
 * @example <SiteHeader lang="vi" />
 */
export function SiteHeader({ lang }: { lang: Lang }) {
  const t = LAYOUT_STRINGS[lang];
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipLink}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link href="/" className="site-brand">
            <span className="site-brand__name">{t.appName}</span>
            <span className="site-brand__tagline">{t.tagline}</span>
          </Link>
          <NavLinks
            label={t.navLabel}
            items={[
              { href: '/', label: t.navOverview },
              { href: '/kiem-tra', label: t.navReport },
              { href: '/van-ban', label: t.navProse },
              { href: '/tai-len', label: t.navUpload },
            ]}
          />
          <Suspense fallback={null}>
            <LanguageToggle savedLang={lang} label={t.languageLabel} />
          </Suspense>
          <AccountMenu lang={lang} />
        </div>
      </header>
    </>
  );
}
