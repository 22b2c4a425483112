import type { Lang } from '@/lib/i18n/lang';
import { LAYOUT_STRINGS } from './strings';

export function SiteFooter({ lang }: { lang: Lang }) {
  return (
    <footer className="site-footer">
      <p>{LAYOUT_STRINGS[lang].footer}</p>
    </footer>
  );
}
