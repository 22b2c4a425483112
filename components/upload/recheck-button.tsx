'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { Lang } from '@/lib/i18n/lang';
import type { ApiErrorBody } from '@/lib/upload/types';
import { UPLOAD_STRINGS } from './strings';
import styles from './upload.module.css';

/** Checks a stored dataset again from its original files (`POST /api/datasets/:id/recheck`). */
export function RecheckButton({ datasetId, lang }: { datasetId: string; lang: Lang }) {
  const t = UPLOAD_STRINGS[lang];
  const router = useRouter();
  const [state, setState] = useState<{ busy: boolean; status: string; error: string | null }>({ busy: false, status: '', error: null });
  const run = async () => {
    setState({ busy: true, status: t.rechecking, error: null });
    try {
      const response = await fetch(`/api/datasets/${datasetId}/recheck?lang=${lang}`, { method: 'POST' });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as Partial<ApiErrorBody> | null;
        setState({ busy: false, status: '', error: typeof body?.error === 'string' ? body.error : t.unreadableResponse });
        return;
      }
      setState({ busy: false, status: t.rechecked, error: null });
      router.refresh();
    } catch {
      setState({ busy: false, status: '', error: t.networkError });
    }
  };
  return (
    <div>
      <button type="button" className="button button--secondary" disabled={state.busy} onClick={() => void run()}>
        {t.recheck}
      </button>
      <span role="status" className="small">
        {' '}
        {state.status}
      </span>
      {state.error !== null ? (
        <div role="alert" className={styles.alert}>
          <p className={styles.alertMessage}>{state.error}</p>
        </div>
      ) : null}
    </div>
  );
}
