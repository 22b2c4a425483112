import type { ApiErrorBody } from '@/lib/upload/types';

export type Sent<T> = { readonly ok: true; readonly status: number; readonly body: T } | { readonly ok: false; readonly error: string };

/**
 * Sends a JSON request from the browser (the session cookie goes along) and reads the answer:
 * the body on success, the API's own sentence (`{ error }`) or `fallback` otherwise.
 *
 * @example
 * const sent = await sendJson('/api/session?lang=vi', 'POST', { name, password }, { network: '…', unreadable: '…' });
 */
export async function sendJson<T>(
  url: string,
  method: 'POST' | 'PATCH' | 'DELETE',
  body: unknown,
  fallback: { readonly network: string; readonly unreadable: string },
): Promise<Sent<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, error: fallback.network };
  }
  if (response.status === 204) return { ok: true, status: 204, body: null as T };
  const parsed = (await response.json().catch(() => null)) as (T & Partial<ApiErrorBody>) | null;
  if (!response.ok) return { ok: false, error: typeof parsed?.error === 'string' ? parsed.error : fallback.unreadable };
  return parsed === null ? { ok: false, error: fallback.unreadable } : { ok: true, status: response.status, body: parsed };
}
