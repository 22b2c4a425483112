import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { PrintButton } from '@/components/decisions/print-button';
import { ReviewSheetView } from '@/components/decisions/review-sheet-view';
import styles from '@/components/decisions/review-sheet.module.css';
import { DECISION_STRINGS } from '@/components/decisions/strings';
import { getPageLang } from '@/components/layout/page-lang';
import { requireReader } from '@/lib/server/auth/page-user';
import { datasetReviewSheet } from '@/lib/server/team/dataset-review-sheet';

type Params = Promise<{ lang: string; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const lang = await getPageLang(params);
  return { title: DECISION_STRINGS[lang].reviewSheet };
}

/** `/phieu-ra-soat/<id>`: the review sheet of a dataset's confirmed findings as a printable page, with the .docx download. */
export default async function ReviewSheetPage({ params }: { params: Params }) {
  await connection();
  const { id } = await params;
  await requireReader(`/phieu-ra-soat/${encodeURIComponent(id)}`);
  const lang = await getPageLang(params);
  const t = DECISION_STRINGS[lang];
  const built = await datasetReviewSheet(id);
  if (!built.ok) notFound();
  const { sheet, datasetId } = built.value;
  const back = datasetId === 'cao-bang' ? '/kiem-tra?status=confirmed' : `/kiem-tra?ds=${datasetId}&status=confirmed`;
  return (
    <>
      <header className={`page-head ${styles.actions}`}>
        <h1 className="visually-hidden">{t.reviewSheet}</h1>
        <a className="button" href={`/api/datasets/${datasetId}/review-sheet`} download>
          {t.reviewSheetDocx}
        </a>
        <PrintButton label={t.printSheet} />
        <Link className="button button--secondary" href={back}>
          {t.reviewLink}
        </Link>
      </header>
      <ReviewSheetView sheet={sheet} />
    </>
  );
}
