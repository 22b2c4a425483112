import Link from 'next/link';
import { getSavedLang } from '@/components/layout/page-lang';
import { LAYOUT_STRINGS } from '@/components/layout/strings';

/**
 * The 404 page, in the saved language, with a way back.
 * @example GET /bang/khong-co-bang-nay // → 404 with this page
 */
export default async function NotFound() {
  const t = LAYOUT_STRINGS[await getSavedLang()];
  return (
    <div className="panel">
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundBody}</p>
      <p>
        <Link href="/" className="button">
          {t.backHome}
        </Link>
      </p>
    </div>
  );
}
