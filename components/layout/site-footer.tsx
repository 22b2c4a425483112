import type { Lang } from '@/lib/i18n/lang';
import { LAYOUT_STRINGS } from './strings';

/**
 * The page footer line, in the page language.
 * @example <SiteFooter lang="vi" />
 */
export function SiteFooter({ lang }: { lang: Lang }) {
  return (
    <footer className="site-footer">
      <p>{LAYOUT_STRINGS[lang].footer}</p>
    </footer>
  );
}
