'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { LAYOUT_STRINGS } from '@/components/layout/strings';

/**
 * The 404 page in the page's language (the `[lang]` segment, read on the client: a server
 * not-found page gets no params, and reading the request would make every page dynamic).
 * @example GET /bang/khong-co-bang-nay // → 404 with this page
 */
export default function NotFound() {
  const params = useParams<{ lang?: string }>();
  const t = LAYOUT_STRINGS[params.lang === 'en' ? 'en' : 'vi'];
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
