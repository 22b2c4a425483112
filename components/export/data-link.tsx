import styles from './export.module.css';
import { EXPORT_UI_STRINGS } from './strings';
import type { Lang } from '@/lib/i18n/lang';

/**
 * "Lấy số liệu (CSV)": a plain link to a chart's data, the CSV text carried in the link itself
 * (UTF-8 with a BOM, `;`-delimited, vi-VN numbers), so it works without script and offline.
 * @example <DataLink csv={toCsv(sheet, options)} fileName="thu-ngan-sach-1991-2022.csv" lang="vi" />
 */
export function DataLink({ csv, fileName, lang }: { csv: string; fileName: string; lang: Lang }) {
  const t = EXPORT_UI_STRINGS[lang];
  return (
    <a className={styles.dataLink} href={`data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${csv}`)}`} download={fileName} title={t.dataLinkHint}>
      {t.dataLink}
    </a>
  );
}
