'use client';

import { useId, useState, type FormEvent } from 'react';
import type { Lang } from '@/lib/i18n/lang';
import { sendJson } from './send-json';
import { ACCOUNT_STRINGS } from './strings';
import styles from './team.module.css';

/**
 * The signed-in user's password change (`POST /api/account/password`); afterwards every session
 * of the user has ended, so the form sends them to the sign-in page.
 * @example <ChangePasswordForm lang="vi" />
 */
export function ChangePasswordForm({ lang }: { lang: Lang }) {
  const t = ACCOUNT_STRINGS[lang];
  const ids = { current: useId(), next: useId(), rule: useId() };
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setStatus(t.saving);
    const sent = await sendJson(`/api/account/password?lang=${lang}`, 'POST', { current: String(form.get('current') ?? ''), password: String(form.get('password') ?? '') }, {
      network: t.networkError,
      unreadable: t.unreadableResponse,
    });
    if (!sent.ok) {
      setStatus('');
      setError(sent.error);
      return;
    }
    setError(null);
    setStatus(t.passwordChanged);
    window.location.assign('/dang-nhap?next=%2Ftai-khoan');
  };
  return (
    <form className={`panel ${styles.stack}`} onSubmit={(e) => void submit(e)}>
      <h2>{t.changePassword}</h2>
      <div className={styles.field}>
        <label htmlFor={ids.current}>{t.currentPassword}</label>
        <input id={ids.current} name="current" type="password" required autoComplete="current-password" maxLength={1024} />
      </div>
      <div className={styles.field}>
        <label htmlFor={ids.next}>{t.newPassword}</label>
        <input id={ids.next} name="password" type="password" required minLength={10} maxLength={1024} autoComplete="new-password" aria-describedby={ids.rule} />
        <span id={ids.rule} className={styles.hint}>
          {t.passwordRule}
        </span>
      </div>
      {error !== null ? (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      ) : null}
      <p role="status">{status}</p>
      <div>
        <button type="submit" className="button">
          {t.changePassword}
        </button>
      </div>
    </form>
  );
}
