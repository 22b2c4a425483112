import Link from 'next/link';
import { getSavedLang } from '@/components/layout/page-lang';
import { LAYOUT_STRINGS } from '@/components/layout/strings';

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
