import '@fontsource/be-vietnam-pro/latin-400.css';
import '@fontsource/be-vietnam-pro/latin-600.css';
import '@fontsource/be-vietnam-pro/latin-700.css';
import '@fontsource/be-vietnam-pro/vietnamese-400.css';
import '@fontsource/be-vietnam-pro/vietnamese-600.css';
import '@fontsource/be-vietnam-pro/vietnamese-700.css';
import './globals.css';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { getSavedLang } from '@/components/layout/page-lang';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { StorageBanner } from '@/components/store-status/storage-banner';
import { pageUser } from '@/lib/server/auth/page-user';

export const metadata: Metadata = {
  title: { default: 'soát số', template: '%s · soát số' },
  description: 'Soát số liệu tăng trưởng trong báo cáo thống kê',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
};

/**
 * The shell of every page: <html lang> in the saved language, header (with the skip link and the
 * signed-in user), the
 * storage banner when the store has a fault, main and footer.
 * @example Next wraps each page in it: <RootLayout><OverviewPage … /></RootLayout>
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const lang = await getSavedLang();
  const user = await pageUser();
  return (
    <html lang={lang}>
      <body>
        <SiteHeader lang={lang} user={user} />
        <main id="main" tabIndex={-1} className="site-main">
          <StorageBanner lang={lang} />
          {children}
        </main>
        <SiteFooter lang={lang} />
      </body>
    </html>
  );
}
