import { scriptHeaders } from '../script-session';
import { sleep } from './next-server';

/**
 * A two-row table (one increase, one decrease in points) named after the tag.
 * @example smallTable('v1') // → the bytes of "STT;Chỉ tiêu;…\r\n1;Chỉ tiêu nhỏ v1;Tỷ đồng;100,5;150,5;Tăng 50%\r\n…"
 */
export function smallTable(tag: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(
    [
      'STT;Chỉ tiêu;Đơn vị tính;Năm 2015;Năm 2020;Năm 2020 so với năm 2015',
      `1;Chỉ tiêu nhỏ ${tag};Tỷ đồng;100,5;150,5;Tăng 50%`,
      `2;Chỉ tiêu phụ ${tag};%;12,5;10,1;Giảm 2,4 điểm phần trăm`,
    ].join('\r\n'),
  );
}

/**
 * A ;-separated table of `rows` indicators, each with a ratio claim, tagged so every round's names differ.
 * @example largeTable(2, 'v1') // → the bytes of "STT;Chỉ tiêu;…\r\n1;Chỉ tiêu lớn v1 số 1;Tấn;101,5;301,5;Tăng 2 lần\r\n…"
 */
export function largeTable(rows: number, tag: string): Uint8Array {
  const lines = ['STT;Chỉ tiêu;Đơn vị tính;Năm 2015;Năm 2020;Năm 2020 so với năm 2015'];
  for (let i = 1; i <= rows; i++) lines.push(`${i};Chỉ tiêu lớn ${tag} số ${i};Tấn;${100 + (i % 900)},5;${300 + (i % 700)},5;Tăng ${(i % 5) + 1} lần`);
  return new TextEncoder().encode(lines.join('\r\n'));
}

/** A body that arrives in 64 KB pieces, 15 ms apart, so the kill can land while it is still uploading. */
function slowStream(bytes: Uint8Array, progress: { sent: number }): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (at >= bytes.length) {
        controller.close();
        return;
      }
      await sleep(15);
      controller.enqueue(bytes.slice(at, at + 64 * 1024));
      at += 64 * 1024;
      progress.sent = Math.min(at, bytes.length);
    },
  });
}

/**
 * Uploads a small two-row table; the new dataset's id, or null when it was not answered 201.
 * @example const id = await postSmall('http://127.0.0.1:3291', 'v1-0');
 */
export async function postSmall(url: string, tag: string): Promise<string | null> {
  const form = new FormData();
  form.append('file', new File([smallTable(tag)], `nho-${tag}.csv`, { type: 'text/csv' }));
  form.append('name', `nhỏ ${tag}`);
  try {
    const response = await fetch(`${url}/api/datasets`, { method: 'POST', body: form, headers: scriptHeaders() });
    if (response.status !== 201) return null;
    return ((await response.json()) as { id: string }).id;
  } catch {
    return null;
  }
}

/**
 * Streams a large table slowly to POST /api/datasets, recording in progress.sent how much has gone.
 * @example const id = await postLarge(url, largeTable(30000, 'v1'), 'v1', { sent: 0 });
 */
export async function postLarge(url: string, bytes: Uint8Array, tag: string, progress: { sent: number }): Promise<string | null> {
  try {
    const response = await fetch(`${url}/api/datasets?filename=lon-${tag}.csv&name=${encodeURIComponent(`lớn ${tag}`)}`, {
      method: 'POST',
      body: slowStream(bytes, progress),
      headers: { 'content-type': 'text/csv', ...scriptHeaders() },
      duplex: 'half',
    } as RequestInit & { duplex: 'half' });
    if (response.status !== 201) return null;
    return ((await response.json()) as { id: string }).id;
  } catch {
    return null;
  }
}
