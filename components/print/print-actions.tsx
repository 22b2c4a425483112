'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import type { Lang } from '@/lib/verify/labels';
import styles from './print.module.css';
import { PRINT_STRINGS } from './strings';

/**
 * The print view's toolbar (hidden in print): back to the report, and a button that opens the
 * browser's print dialog. The charts are drawn on the server, so there is nothing to wait for but
 * the fonts; with `auto`, it prints by itself once they are in. Marks the sheet `data-ready`.
 * @example <PrintActions lang="vi" backHref="/kiem-tra" sheetId="bao-cao-in" auto={false} />
 */
export function PrintActions({ lang, backHref, sheetId, auto }: { lang: Lang; backHref: string; sheetId: string; auto: boolean }) {
  const t = PRINT_STRINGS[lang];
  const [ready, setReady] = useState(false);
  const printed = useRef(false);

  useEffect(() => {
    const sheet = document.getElementById(sheetId);
    if (!sheet) return;
    let cancelled = false;
    void document.fonts.ready.then(() => {
      if (cancelled) return;
      sheet.dataset.ready = 'true';
      setReady(true);
      if (auto && !printed.current) {
        printed.current = true;
        window.print();
      }
    });
    return () => {
      cancelled = true;
    };
  }, [sheetId, auto]);

  return (
    <div className={styles.actions}>
      <Link href={backHref} className={styles.back}>
        {t.back}
      </Link>
      <button type="button" className="button" onClick={() => window.print()} disabled={!ready} aria-describedby={`${sheetId}-hint`}>
        {ready ? t.print : t.preparing}
      </button>
      <p id={`${sheetId}-hint`} className={styles.hint}>
        {t.hint}
      </p>
    </div>
  );
}
