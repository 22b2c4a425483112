'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import type { Lang } from '@/lib/verify/labels';
import styles from './print.module.css';
import { PRINT_STRINGS } from './strings';

const CHART_WAIT_MS = 5000;

/** True once every recharts chart in the sheet has drawn its SVG and the fonts are in. */
async function chartsDrawn(root: HTMLElement): Promise<boolean> {
  await document.fonts.ready;
  const started = Date.now();
  for (;;) {
    const wrappers = root.querySelectorAll('.recharts-wrapper').length;
    const surfaces = root.querySelectorAll('.recharts-wrapper svg.recharts-surface').length;
    const expected = Number(root.dataset.charts ?? '0');
    if (wrappers >= expected && surfaces >= wrappers) return true;
    if (Date.now() - started > CHART_WAIT_MS) return false;
    await new Promise((resolve) => window.setTimeout(resolve, 100));
  }
}

/**
 * The print view's toolbar (hidden in print): back to the report, and a button that waits for
 * the charts (recharts draws in the browser) and then opens the browser's print dialog. With
 * `auto`, it prints by itself once the charts are drawn. Marks the sheet `data-ready` for tests.
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
    void chartsDrawn(sheet).then(() => {
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
