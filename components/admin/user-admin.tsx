'use client';

import { useId, useState, type FormEvent } from 'react';
import { sendJson } from '@/components/account/send-json';
import { ACCOUNT_STRINGS } from '@/components/account/strings';
import styles from '@/components/account/team.module.css';
import type { Lang } from '@/lib/i18n/lang';
import { ROLES, readRole, type User } from '@/lib/team/types';
import { ADMIN_STRINGS } from './strings';

function AddUserForm({ lang, onAdded }: { lang: Lang; onAdded: (user: User) => void }) {
  const t = ADMIN_STRINGS[lang];
  const a = ACCOUNT_STRINGS[lang];
  const ids = { name: useId(), role: useId(), password: useId() };
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const sent = await sendJson<{ user: User }>(
      `/api/users?lang=${lang}`,
      'POST',
      { name: String(form.get('name') ?? ''), role: String(form.get('role') ?? ''), password: String(form.get('password') ?? '') },
      { network: a.networkError, unreadable: a.unreadableResponse },
    );
    if (!sent.ok) {
      setError(sent.error);
      return;
    }
    setError(null);
    formElement.reset();
    onAdded(sent.body.user);
  };
  return (
    <form className={`panel ${styles.stack}`} onSubmit={(e) => void submit(e)} aria-labelledby={`${ids.name}-title`}>
      <h2 id={`${ids.name}-title`}>{t.addUser}</h2>
      <div className={styles.field}>
        <label htmlFor={ids.name}>{t.name}</label>
        <input id={ids.name} name="name" type="text" required maxLength={64} autoComplete="off" autoCapitalize="none" spellCheck={false} />
      </div>
      <div className={styles.field}>
        <label htmlFor={ids.role}>{t.role}</label>
        <select id={ids.role} name="role" defaultValue="reviewer">
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {a.roles[r]}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor={ids.password}>{t.password}</label>
        <input id={ids.password} name="password" type="password" required minLength={10} maxLength={1024} autoComplete="new-password" />
      </div>
      {error !== null ? (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      ) : null}
      <div>
        <button type="submit" className="button">
          {t.addUser}
        </button>
      </div>
    </form>
  );
}

function ResetPasswordForm({ user, lang, onDone }: { user: User; lang: Lang; onDone: (message: string | null, error: string | null) => void }) {
  const t = ADMIN_STRINGS[lang];
  const a = ACCOUNT_STRINGS[lang];
  const id = useId();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    const sent = await sendJson<{ user: User }>(`/api/users/${user.id}?lang=${lang}`, 'PATCH', { password }, { network: a.networkError, unreadable: a.unreadableResponse });
    onDone(sent.ok ? t.passwordReset(user.name) : null, sent.ok ? null : sent.error);
  };
  return (
    <form className={styles.row} onSubmit={(e) => void submit(e)}>
      <div className={styles.field}>
        <label htmlFor={id}>{t.newPasswordFor(user.name)}</label>
        <input id={id} name="password" type="password" required minLength={10} maxLength={1024} autoComplete="new-password" />
      </div>
      <button type="submit" className="button">
        {t.save}
      </button>
      <button type="button" className="button button--secondary" onClick={() => onDone(null, null)}>
        {t.cancel}
      </button>
    </form>
  );
}

/**
 * The admin's list of accounts: add a user, change a role, disable or enable, reset a password.
 * @example <UserAdmin lang="vi" initial={users} selfId={admin.id} />
 */
export function UserAdmin({ lang, initial, selfId }: { lang: Lang; initial: readonly User[]; selfId: string }) {
  const t = ADMIN_STRINGS[lang];
  const a = ACCOUNT_STRINGS[lang];
  const [users, setUsers] = useState<readonly User[]>(initial);
  const [resetting, setResetting] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  const replace = (user: User) => setUsers((list) => list.map((u) => (u.id === user.id ? user : u)));
  const change = async (user: User, body: { role?: string; disabled?: boolean }) => {
    const sent = await sendJson<{ user: User }>(`/api/users/${user.id}?lang=${lang}`, 'PATCH', body, { network: a.networkError, unreadable: a.unreadableResponse });
    if (!sent.ok) {
      setError(sent.error);
      return;
    }
    setError(null);
    replace(sent.body.user);
    setStatus(t.updated(sent.body.user.name));
  };

  return (
    <>
      <AddUserForm
        lang={lang}
        onAdded={(user) => {
          setUsers((list) => [...list, user].sort((x, y) => x.name.localeCompare(y.name)));
          setStatus(t.created(user.name));
        }}
      />
      <p role="status">{status}</p>
      {error !== null ? (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      ) : null}
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption>{t.usersCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.role}</th>
              <th scope="col">{t.state}</th>
              <th scope="col">{t.actions}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <th scope="row">{user.name}</th>
                <td>
                  <select
                    aria-label={t.changeRole(user.name)}
                    value={user.role}
                    disabled={user.id === selfId}
                    onChange={(e) => {
                      const role = readRole(e.target.value);
                      if (role) void change(user, { role });
                    }}
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {a.roles[r]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>{user.disabled ? t.disabled : t.active}</td>
                <td>
                  {resetting === user.id ? (
                    <ResetPasswordForm
                      user={user}
                      lang={lang}
                      onDone={(message, failure) => {
                        setResetting(null);
                        setError(failure);
                        if (message) setStatus(message);
                      }}
                    />
                  ) : (
                    <div className={styles.row}>
                      {user.id === selfId ? null : (
                        <button type="button" className="button button--secondary" onClick={() => void change(user, { disabled: !user.disabled })}>
                          {user.disabled ? t.enable(user.name) : t.disable(user.name)}
                        </button>
                      )}
                      <button type="button" className="button button--secondary" onClick={() => setResetting(user.id)}>
                        {t.resetPassword(user.name)}
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
