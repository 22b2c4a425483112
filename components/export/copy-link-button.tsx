'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { shareableUrl } from '@/lib/url-state/view-state';
import type { Lang } from '@/lib/verify/labels';
import styles from './export.module.css';
import { EXPORT_UI_STRINGS } from './strings';

/** Copies with the old selection API, for browsers or contexts without the async clipboard. */
function copyWithSelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/**
 * "Sao chép liên kết": copies the current URL (which holds the view: filters, years, chart mode)
 * with the page language made explicit, and says so in a live region. When the clipboard is not
 * available it shows the link, selected, for copying by hand.
 * @example <CopyLinkButton lang="vi" />
 */
export function CopyLinkButton({ lang }: { lang: Lang }) {
  const t = EXPORT_UI_STRINGS[lang];
  const [status, setStatus] = useState('');
  const [manual, setManual] = useState<string | null>(null);
  const inputId = useId();
  const manualRef = useRef<HTMLInputElement>(null);
  const timer = useRef<number | null>(null);

  useEffect(() => () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
  }, []);
  useEffect(() => {
    manualRef.current?.select();
  }, [manual]);

  const copy = async () => {
    const url = shareableUrl(window.location.href, lang);
    let ok = false;
    try {
      if (navigator.clipboard) {
        await navigator.clipboard.writeText(url);
        ok = true;
      }
    } catch {
      ok = false;
    }
    if (!ok) ok = copyWithSelection(url);
    if (ok) {
      setManual(null);
      setStatus(t.copied);
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => setStatus(''), 5000);
    } else {
      setStatus('');
      setManual(url);
    }
  };

  return (
    <div className={styles.bar}>
      <button type="button" className={styles.button} onClick={copy}>
        {t.copyLink}
      </button>
      <p className={styles.status} role="status" aria-live="polite">
        {status}
      </p>
      {manual !== null ? (
        <div className={styles.manual}>
          <label htmlFor={inputId}>{t.copyManual}</label>
          <input id={inputId} ref={manualRef} type="text" readOnly value={manual} aria-label={t.linkLabel} />
        </div>
      ) : null}
    </div>
  );
}
