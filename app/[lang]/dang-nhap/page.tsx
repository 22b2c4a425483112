import type { Metadata } from 'next';
import { connection } from 'next/server';
import { SignInForm } from '@/components/account/sign-in-form';
import { ACCOUNT_STRINGS } from '@/components/account/strings';
import { getPageLang, type LangParams } from '@/components/layout/page-lang';
import { pageUser } from '@/lib/server/auth/page-user';
import { safeNextPath } from '@/lib/team/next-path';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: LangParams }): Promise<Metadata> {
  const lang = await getPageLang(params);
  return { title: ACCOUNT_STRINGS[lang].signInTitle };
}

/** `/dang-nhap`: the sign-in form; `?next=` is where to go afterwards (a path on this site). */
export default async function SignInPage({ params: route, searchParams }: { params: LangParams; searchParams: SearchParams }) {
  await connection();
  const params = await searchParams;
  const lang = await getPageLang(route);
  const t = ACCOUNT_STRINGS[lang];
  const user = await pageUser();
  return (
    <>
      <header className="page-head">
        <h1>{t.signInTitle}</h1>
        <p>{t.signInIntro}</p>
        {user ? <p className="note">{t.alreadySignedIn(user.name)}</p> : null}
      </header>
      <SignInForm lang={lang} next={safeNextPath(params.next)} />
    </>
  );
}
