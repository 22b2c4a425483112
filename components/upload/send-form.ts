import type { ApiErrorBody } from '@/lib/upload/types';

/**
 * The error sentence of an API answer, or `fallback` when it has none.
 *
 * @example
 * errorText({ error: 'bang.xls: …' }, 'Máy chủ trả lời không đọc được.') // 'bang.xls: …'
 */
export function errorText(body: unknown, fallback: string): string {
  const error = (body as Partial<ApiErrorBody> | null)?.error;
  return typeof error === 'string' && error !== '' ? error : fallback;
}

/**
 * Sends the form with XMLHttpRequest, which (unlike fetch) reports upload progress.
 * Resolves with the status and parsed JSON body; rejects only when the network fails.
 *
 * @example
 * const answer = await sendWithProgress('/api/datasets', form, setPercent, () => setChecking());
 */
export function sendWithProgress(
  url: string,
  body: FormData,
  onProgress: (percent: number) => void,
  onUploaded: () => void,
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.responseType = 'text';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(Math.min(100, Math.round((e.loaded / e.total) * 100)));
    };
    xhr.upload.onload = onUploaded;
    xhr.onload = () => {
      let parsed: unknown = null;
      try {
        parsed = xhr.responseText === '' ? null : JSON.parse(xhr.responseText);
      } catch {
        parsed = null;
      }
      resolve({ status: xhr.status, body: parsed });
    };
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(body);
  });
}

