import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { ACCOUNT_STRINGS } from '@/components/account/strings';
import { UserAdmin } from '@/components/admin/user-admin';
import { ADMIN_STRINGS } from '@/components/admin/strings';
import { getPageLang, type LangParams } from '@/components/layout/page-lang';
import { requireRole } from '@/lib/server/auth/page-user';
import { getTeamStore } from '@/lib/server/store/default-store';

export async function generateMetadata({ params }: { params: LangParams }): Promise<Metadata> {
  const lang = await getPageLang(params);
  return { title: ADMIN_STRINGS[lang].usersTitle };
}

/** `/quan-tri` (admins): the accounts, with add, role, disable/enable and password reset; a link to the audit log. */
export default async function AdminPage({ params }: { params: LangParams }) {
  await connection();
  const lang = await getPageLang(params);
  const t = ADMIN_STRINGS[lang];
  const admin = await requireRole('admin', '/quan-tri');
  if (!admin) {
    return (
      <header className="page-head">
        <h1>{t.usersTitle}</h1>
        <p role="alert">{ACCOUNT_STRINGS[lang].needsAdmin}</p>
      </header>
    );
  }
  const users = await getTeamStore().users();
  return (
    <>
      <header className="page-head">
        <h1>{t.usersTitle}</h1>
        <p>{t.usersIntro}</p>
        <p>
          <Link href="/quan-tri/nhat-ky">{t.auditLink}</Link>
        </p>
      </header>
      <UserAdmin lang={lang} initial={users} selfId={admin.id} />
    </>
  );
}
