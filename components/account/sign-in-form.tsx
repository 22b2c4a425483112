'use client';

import { useId, useState, type FormEvent } from 'react';
import type { Lang } from '@/lib/i18n/lang';
import { sendJson } from './send-json';
import { ACCOUNT_STRINGS } from './strings';
import styles from './team.module.css';

/**
 * The sign-in form: name and password to `POST /api/session`; on success the browser goes to
 * `next` (a path on this site, checked by the page) with the session cookie set.
 * @example <SignInForm lang="vi" next="/kiem-tra" />
 */
export function SignInForm({ lang, next }: { lang: Lang; next: string }) {
  const t = ACCOUNT_STRINGS[lang];
  const nameId = useId();
  const passwordId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const sent = await sendJson(`/api/session?lang=${lang}`, 'POST', { name: String(form.get('name') ?? ''), password: String(form.get('password') ?? '') }, {
      network: t.networkError,
      unreadable: t.unreadableResponse,
    });
    if (sent.ok) {
      window.location.assign(next);
      return;
    }
    setBusy(false);
    setError(sent.error);
  };

  return (
    <form className={`panel ${styles.stack}`} onSubmit={(e) => void submit(e)} aria-busy={busy}>
      <div className={styles.field}>
        <label htmlFor={nameId}>{t.userName}</label>
        <input id={nameId} name="name" type="text" autoComplete="username" required maxLength={64} autoCapitalize="none" spellCheck={false} />
      </div>
      <div className={styles.field}>
        <label htmlFor={passwordId}>{t.password}</label>
        <input id={passwordId} name="password" type="password" autoComplete="current-password" required maxLength={1024} />
      </div>
      {error !== null ? (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={busy}>
        {busy ? t.signingIn : t.signIn}
      </button>
    </form>
  );
}
