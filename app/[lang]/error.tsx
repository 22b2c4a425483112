'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { LAYOUT_STRINGS } from '@/components/layout/strings';

function documentLang(): 'vi' | 'en' {
  return typeof document !== 'undefined' && document.documentElement.lang === 'en' ? 'en' : 'vi';
}

/**
 * A friendly message instead of a stack trace; the digest lets an administrator find the log line.
 * @example Rendered by Next in place of a page whose server component threw
 */
export default function ErrorPage({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const [lang, setLang] = useState<'vi' | 'en'>('vi');
  useEffect(() => {
    setLang(documentLang());
    console.error(error);
  }, [error]);
  const t = LAYOUT_STRINGS[lang];
  return (
    <div className="panel" role="alert">
      <h1>{t.errorTitle}</h1>
      <p>{t.errorBody}</p>
      {error.digest ? (
        <p className="muted small">
          Mã lỗi / Error id: <code>{error.digest}</code>
        </p>
      ) : null}
      <p style={{ display: 'flex', gap: '0.75rem', flexWrap: 'wrap' }}>
        <button type="button" className="button" onClick={() => retry()}>
          {t.retry}
        </button>
        <Link href="/" className="button button--secondary">
          {t.backHome}
        </Link>
      </p>
    </div>
  );
}
