'use client';

import Link from 'next/link';
import type { Lang } from '@/lib/i18n/lang';
import { SignOutButton } from './sign-out-button';
import { ACCOUNT_STRINGS } from './strings';
import styles from './team.module.css';
import { useSessionUser } from './use-session-user';

/**
 * The header's account area, filled after first paint (the shell stays static): "Đăng nhập" for
 * a visitor; the user's name and role, their account page, the admin pages (admins) and
 * "Đăng xuất" for a signed-in user.
 * @example <AccountMenu lang="vi" />
 */
export function AccountMenu({ lang }: { lang: Lang }) {
  const t = ACCOUNT_STRINGS[lang];
  const user = useSessionUser();
  if (user === undefined) return null;
  if (user === null) {
    return (
      <div className={styles.menu}>
        <Link href="/dang-nhap" className={`button button--secondary ${styles.menuButton}`}>
          {t.signIn}
        </Link>
      </div>
    );
  }
  return (
    <nav className={styles.menu} aria-label={t.accountMenu}>
      <Link href="/tai-khoan">{t.signedInAs(user.name, t.roles[user.role])}</Link>
      {user.role === 'admin' ? <Link href="/quan-tri">{t.admin}</Link> : null}
      <SignOutButton lang={lang} />
    </nav>
  );
}
