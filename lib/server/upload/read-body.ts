import 'server-only';
import type { Lang, Localized } from '../../i18n/lang';
import { refuse, type ApiResult } from '../api/respond';

const MEGABYTE_FORMATS: Readonly<Record<Lang, Intl.NumberFormat>> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};

function tooLargeText(lang: Lang, file: string | null, size: number | null, limit: number): string {
  const mb = (n: number): string => MEGABYTE_FORMATS[lang].format(n / (1024 * 1024));
  if (lang === 'en') {
    const shown = size === null ? `over ${mb(limit)} MB` : `${mb(size)} MB`;
    const head = file === null ? 'The upload is too large' : `${file}: the file is too large`;
    return `${head} (${shown}); the limit is ${mb(limit)} MB. Split the table into several smaller files.`;
  }
  const shown = size === null ? `hơn ${mb(limit)} MB` : `${mb(size)} MB`;
  const head = file === null ? 'Tệp tải lên quá lớn' : `${file}: tệp quá lớn`;
  return `${head} (${shown}); giới hạn là ${mb(limit)} MB. Hãy chia bảng thành nhiều tệp nhỏ hơn.`;
}

/**
 * The 413 message for a body over the limit; `file` is null when the name is not known yet.
 *
 * @example
 * tooLargeMessage('bang.csv', 12 * 1024 * 1024, 10 * 1024 * 1024).vi
 * // 'bang.csv: tệp quá lớn (12 MB); giới hạn là 10 MB. Hãy chia bảng thành nhiều tệp nhỏ hơn.'
 */
export function tooLargeMessage(file: string | null, size: number | null, limit: number): Localized {
  return { vi: tooLargeText('vi', file, size, limit), en: tooLargeText('en', file, size, limit) };
}

/**
 * Reads a request body up to `limit` bytes. A `Content-Length` over the limit is refused at once;
 * otherwise the stream is read chunk by chunk and cancelled as soon as it passes the limit, so a
 * 50 MB body is never held in memory. `shownLimit` is the limit the message names (a multipart
 * body may be a little larger than the file it carries).
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
  const declared = request.headers.get('content-length');
  if (declared !== null) {
    const size = Number(declared);
    if (Number.isFinite(size) && size > limit) return refuse(413, tooLargeMessage(label, size, shownLimit));
  }
  const body = request.body;
  if (body === null) return { ok: true, value: new Uint8Array(0) };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return refuse(413, tooLargeMessage(label, null, shownLimit));
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, value: bytes };
}
