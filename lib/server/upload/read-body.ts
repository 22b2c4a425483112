import 'server-only';
import type { Lang, Localized } from '../../i18n/lang';
import { refuse, type ApiResult } from '../api/respond';

const KILOBYTE = 1024;
const MEGABYTE = 1024 * 1024;
const DECIMALS: Readonly<Record<Lang, Intl.NumberFormat>> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};

/**
 * A byte count as people read it: bytes under 1 KB, KB under 1 MB, else MB (one decimal at most).
 *
 * @example
 * formatSize(16 * 1024, 'vi')        // '16 KB'
 * formatSize(12.5 * 1024 * 1024, 'vi') // '12,5 MB'
 * formatSize(300, 'en')              // '300 bytes'
 */
export function formatSize(bytes: number, lang: Lang): string {
  const n = DECIMALS[lang];
  if (bytes < KILOBYTE) return `${n.format(bytes)} ${lang === 'vi' ? 'byte' : 'bytes'}`;
  if (bytes < MEGABYTE) return `${n.format(bytes / KILOBYTE)} KB`;
  return `${n.format(bytes / MEGABYTE)} MB`;
}

/**
 * The 413 message for a body over the limit, in both languages; `file` is null when the name is
 * not known yet, `size` null when the body was cut off while streaming.
 *
 * @example
 * tooLargeText('bang.csv', 12 * 1024 * 1024, 10 * 1024 * 1024).vi
 * // 'bang.csv: tệp quá lớn (12 MB); giới hạn là 10 MB. Hãy chia bảng thành nhiều tệp nhỏ hơn.'
 */
export function tooLargeText(file: string | null, size: number | null, limit: number): Localized {
  const shown = (lang: Lang): string => (size === null ? `${lang === 'vi' ? 'hơn' : 'over'} ${formatSize(limit, lang)}` : formatSize(size, lang));
  return {
    vi: `${file === null ? 'Tệp tải lên quá lớn' : `${file}: tệp quá lớn`} (${shown('vi')}); giới hạn là ${formatSize(limit, 'vi')}. Hãy chia bảng thành nhiều tệp nhỏ hơn.`,
    en: `${file === null ? 'The upload is too large' : `${file}: the file is too large`} (${shown('en')}); the limit is ${formatSize(limit, 'en')}. Split the table into smaller files.`,
  };
}

/**
 * The 413 message (see {@link tooLargeText}).
 *
 * @example
 * tooLargeMessage(null, null, 16 * 1024).vi // 'Tệp tải lên quá lớn (hơn 16 KB); giới hạn là 16 KB. …'
 */
export function tooLargeMessage(file: string | null, size: number | null, limit: number): Localized {
  return tooLargeText(file, size, limit);
}

export type BodyBytes =
  | { readonly ok: true; readonly bytes: Uint8Array }
  /** `size` is the declared Content-Length, or null when the stream was cut off past the limit. */
  | { readonly ok: false; readonly size: number | null };

/**
 * Reads a request body up to `limit` bytes. A `Content-Length` over the limit is refused at once;
 * otherwise the stream is read chunk by chunk and cancelled as soon as it passes the limit, so a
 * 700 MB chunked body is never held in memory.
 *
 * @example
 * const body = await readBodyBytes(request, 1_000_000);
 * if (!body.ok) body.size // 52428800 (declared) or null (cut off)
 */
export async function readBodyBytes(request: Request, limit: number): Promise<BodyBytes> {
  const declared = request.headers.get('content-length');
  if (declared !== null) {
    const size = Number(declared);
    if (Number.isFinite(size) && size > limit) return { ok: false, size };
  }
  const body = request.body;
  if (body === null) return { ok: true, bytes: new Uint8Array(0) };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, size: null };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/**
 * {@link readBodyBytes} with the 413 refusal worded for an upload. `shownLimit` is the limit the
 * message names (a multipart body may be a little larger than the file it carries).
 *
 * @example
 * const body = await readLimitedBody(request, 10 * 1024 * 1024, 'bang.csv');
 * if (!body.ok) return errorResponse(body.error); // 413
 */
export async function readLimitedBody(
  request: Request,
  limit: number,
  label: string | null,
  shownLimit: number = limit,
): Promise<ApiResult<Uint8Array>> {
  const body = await readBodyBytes(request, limit);
  return body.ok ? { ok: true, value: body.bytes } : refuse(413, tooLargeMessage(label, body.size, shownLimit));
}
