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
import { isDatasetId } from '@/lib/server/store/dataset-id';
import { datasetReviewSheet } from '@/lib/server/team/dataset-review-sheet';
import { documentReviewSheet } from '@/lib/server/team/document-review-sheet';
import type { ReviewSheet } from '@/lib/team/review-sheet';

type Params = Promise<{ lang: string; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const lang = await getPageLang(params);
  return { title: DECISION_STRINGS[lang].reviewSheet };
}

/** Where the sheet comes from: a stored document (tried first for a 32-hex id), else a dataset. */
async function readSheet(id: string): Promise<{ sheet: ReviewSheet; docx: string; back: string } | null> {
  if (isDatasetId(id)) {
    const fromDocument = await documentReviewSheet(id);
    if (fromDocument.ok) {
      const documentId = fromDocument.value.documentId;
      return { sheet: fromDocument.value.sheet, docx: `/api/documents/${documentId}/review-sheet`, back: `/tai-lieu/${documentId}?status=confirmed` };
    }
  }
  const built = await datasetReviewSheet(id);
  if (!built.ok) return null;
  const { sheet, datasetId } = built.value;
  const back = datasetId === 'cao-bang' ? '/kiem-tra?status=confirmed' : `/kiem-tra?ds=${datasetId}&status=confirmed`;
  return { sheet, docx: `/api/datasets/${datasetId}/review-sheet`, back };
}

/**
 * `/phieu-ra-soat/<id>`: the review sheet of the confirmed findings of a stored document or of a
 * dataset, as a printable page, with the .docx download.
 */
export default async function ReviewSheetPage({ params }: { params: Params }) {
  await connection();
  const { id } = await params;
  await requireReader(`/phieu-ra-soat/${encodeURIComponent(id)}`);
  const lang = await getPageLang(params);
  const t = DECISION_STRINGS[lang];
  const built = await readSheet(id);
  if (built === null) notFound();
  const { sheet, docx, back } = built;
  return (
    <>
      <header className={`page-head ${styles.actions}`}>
        <h1 className="visually-hidden">{t.reviewSheet}</h1>
        <a className="button" href={docx} download>
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
