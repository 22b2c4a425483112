import '@fontsource/be-vietnam-pro/latin-400.css';
import '@fontsource/be-vietnam-pro/latin-600.css';
import '@fontsource/be-vietnam-pro/latin-700.css';
import '@fontsource/be-vietnam-pro/vietnamese-400.css';
import '@fontsource/be-vietnam-pro/vietnamese-600.css';
import '@fontsource/be-vietnam-pro/vietnamese-700.css';
import '../globals.css';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { getPageLang, PAGE_LANGS, type LangParams } from '@/components/layout/page-lang';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { StoreFaultBanner } from '@/components/store-status/store-fault-banner';

export const metadata: Metadata = {
  title: { default: 'soát số', template: '%s · soát số' },
  description: 'Soát số liệu tăng trưởng trong báo cáo thống kê',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
};

/** Both languages are rendered ahead; any other first segment is not a page. */
export const dynamicParams = false;

/**
 * The languages the shell is prerendered in (`proxy.ts` picks one per request).
 * @example generateStaticParams() // [{ lang: 'vi' }, { lang: 'en' }]
 */
export function generateStaticParams(): readonly { lang: string }[] {
  return PAGE_LANGS;
}

/**
 * KEEP THIS SHELL STATIC. It wraps the prerendered overview: a `cookies()`, `headers()`,
 * `connection()` or store read here (or in the header, the footer or the overview page) makes every
 * page render per request again (e2e/static-pages.spec.ts fails). Per-user parts (the signed-in
 * user, open counts, the storage banner, the uploads) are client components that fetch after
 * first paint.
 *
 * The shell of every page: <html lang> in the page's language, header (with the skip link), the
 * storage banner when the store has a fault (fetched after paint, so the shell stays static), main
 * and footer.
 * @example Next wraps each page in it: <RootLayout params={…}><OverviewPage … /></RootLayout>
 */
export default async function RootLayout({ children, params }: { children: ReactNode; params: LangParams }) {
  const lang = await getPageLang(params);
  return (
    <html lang={lang}>
      <body>
        <SiteHeader lang={lang} />
        <main id="main" tabIndex={-1} className="site-main">
          <StoreFaultBanner lang={lang} />
          {children}
        </main>
        <SiteFooter lang={lang} />
      </body>
    </html>
  );
}
