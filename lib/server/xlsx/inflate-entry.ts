import { createInflateRaw } from 'node:zlib';
import { entryData, type ZipEntry } from './zip-directory';

/**
 * Inflates zip entries as streams under a running byte cap: the sizes an archive declares are
 * never trusted, every inflated chunk is counted as it comes, and the stream is destroyed the
 * moment the cap is passed (a 1 MB file that really inflates to 1 GB costs at most the cap).
 */

/** The bytes an archive may still inflate to; shared by the entries read from one archive. */
export interface InflateBudget {
  remaining: number;
}

export type InflateFailure = 'too-large' | 'broken';

export type StreamOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: InflateFailure | 'stopped' };

const STORED = 0;
const DEFLATED = 8;
const CHUNK = 64 * 1024;

function streamStored(data: Uint8Array, budget: InflateBudget, onChunk: (chunk: Uint8Array) => boolean): StreamOutcome {
  for (let at = 0; at < data.byteLength; at += CHUNK) {
    const chunk = data.subarray(at, at + CHUNK);
    budget.remaining -= chunk.byteLength;
    if (budget.remaining < 0) return { ok: false, reason: 'too-large' };
    if (!onChunk(chunk)) return { ok: false, reason: 'stopped' };
  }
  return { ok: true };
}

function streamDeflated(data: Uint8Array, budget: InflateBudget, onChunk: (chunk: Uint8Array) => boolean): Promise<StreamOutcome> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw({ chunkSize: CHUNK });
    let settled = false;
    const finish = (outcome: StreamOutcome): void => {
      if (settled) return;
      settled = true;
      inflate.destroy();
      resolve(outcome);
    };
    inflate.on('data', (chunk: Buffer) => {
      if (settled) return;
      budget.remaining -= chunk.byteLength;
      if (budget.remaining < 0) return finish({ ok: false, reason: 'too-large' });
      let more: boolean;
      try {
        more = onChunk(chunk);
      } catch {
        return finish({ ok: false, reason: 'broken' });
      }
      if (!more) finish({ ok: false, reason: 'stopped' });
    });
    inflate.on('error', () => finish({ ok: false, reason: 'broken' }));
    inflate.on('end', () => finish({ ok: true }));
    inflate.end(data);
  });
}

/**
 * Streams one entry's inflated bytes to `onChunk` (64 KB at a time) until the entry ends,
 * `onChunk` returns false ('stopped'), the budget runs out ('too-large') or the data is corrupt
 * ('broken'). Only stored and deflated entries are read.
 *
 * @example
 * const budget = { remaining: 100 * 1024 * 1024 };
 * await streamEntry(bytes, sheetEntry, budget, (chunk) => { parser.write(chunk); return true; }) // { ok: true }
 */
export async function streamEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  onChunk: (chunk: Uint8Array) => boolean,
): Promise<StreamOutcome> {
  const data = entryData(bytes, entry);
  if (data === null) return { ok: false, reason: 'broken' };
  if (entry.method === STORED) {
    try {
      return streamStored(data, budget, onChunk);
    } catch {
      return { ok: false, reason: 'broken' };
    }
  }
  if (entry.method === DEFLATED) return streamDeflated(data, budget, onChunk);
  return { ok: false, reason: 'broken' };
}

export type InflateResult = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly reason: InflateFailure };

/**
 * One whole entry, inflated under the budget (for the small parts: workbook, styles, relations).
 *
 * @example
 * await inflateEntry(bytes, workbookEntry, { remaining: 1e6 }) // { ok: true, bytes: Uint8Array(…) }
 */
export async function inflateEntry(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget): Promise<InflateResult> {
  const chunks: Uint8Array[] = [];
  const outcome = await streamEntry(bytes, entry, budget, (chunk) => {
    chunks.push(Uint8Array.from(chunk));
    return true;
  });
  if (!outcome.ok) return { ok: false, reason: outcome.reason === 'too-large' ? 'too-large' : 'broken' };
  return { ok: true, bytes: new Uint8Array(Buffer.concat(chunks)) };
}
