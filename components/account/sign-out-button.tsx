'use client';

import { useState } from 'react';
import type { Lang } from '@/lib/i18n/lang';
import { sendJson } from './send-json';
import { ACCOUNT_STRINGS } from './strings';
import styles from './team.module.css';

/**
 * Signs out (`DELETE /api/session`) and reloads the overview.
 * @example <SignOutButton lang="vi" />
 */
export function SignOutButton({ lang }: { lang: Lang }) {
  const t = ACCOUNT_STRINGS[lang];
  const [error, setError] = useState<string | null>(null);
  const signOut = async () => {
    const sent = await sendJson(`/api/session?lang=${lang}`, 'DELETE', undefined, { network: t.networkError, unreadable: t.unreadableResponse });
    if (sent.ok) window.location.assign('/');
    else setError(sent.error);
  };
  return (
    <>
      <button type="button" className={`button button--secondary ${styles.menuButton}`} onClick={() => void signOut()}>
        {t.signOut}
      </button>
      {error !== null ? (
        <span role="alert" className={styles.error}>
          {error}
        </span>
      ) : null}
    </>
  );
}
