import Link from 'next/link';
import styles from '@/components/account/team.module.css';
import type { Lang } from '@/lib/i18n/lang';
import { formatNumber } from '@/lib/numbers/format-number';
import { DECISION_STRINGS } from './strings';

/**
 * "7 / 12 phát hiện chưa xem" with the links to review them and to the review sheet.
 * @example <OpenFindings datasetId="cao-bang" open={7} total={12} lang="vi" />
 */
export function OpenFindings({ datasetId, open, total, lang }: { datasetId: string; open: number; total: number; lang: Lang }) {
  const t = DECISION_STRINGS[lang];
  const ds = datasetId === 'cao-bang' ? '' : `ds=${datasetId}&`;
  return (
    <p className="note">
      <span className={styles.openCount}>{t.openFindings(formatNumber(open, 0), formatNumber(total, 0))}</span>
      {' · '}
      <Link href={`/kiem-tra?${ds}status=unreviewed`}>{t.reviewLink}</Link>
      {' · '}
      <Link href={`/phieu-ra-soat/${datasetId}`}>{t.reviewSheet}</Link>
    </p>
  );
}
