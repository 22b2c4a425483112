import type { Metadata } from 'next';
import { connection } from 'next/server';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { ACCOUNT_STRINGS } from '@/components/account/strings';
import { getPageLang, type LangParams } from '@/components/layout/page-lang';
import { requireRole } from '@/lib/server/auth/page-user';

export async function generateMetadata({ params }: { params: LangParams }): Promise<Metadata> {
  const lang = await getPageLang(params);
  return { title: ACCOUNT_STRINGS[lang].accountTitle };
}

/** `/tai-khoan`: the signed-in user's name and role, and the change of their own password. */
export default async function AccountPage({ params }: { params: LangParams }) {
  await connection();
  const lang = await getPageLang(params);
  const t = ACCOUNT_STRINGS[lang];
  const user = await requireRole('viewer', '/tai-khoan');
  return (
    <>
      <header className="page-head">
        <h1>{t.accountTitle}</h1>
        {user ? <p>{t.signedInAs(user.name, t.roles[user.role])}</p> : null}
        <p>{t.accountIntro}</p>
      </header>
      <ChangePasswordForm lang={lang} />
    </>
  );
}
