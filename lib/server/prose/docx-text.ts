import { streamEntry } from '../xlsx/inflate-entry';
import { findEntry } from '../xlsx/workbook-parts';
import { xmlFeed } from '../xlsx/xml-feed';
import type { ZipEntry } from '../xlsx/zip-directory';

/**
 * The text of a Word .docx, read the way mammoth's raw-text reader writes it (each paragraph
 * followed by a blank line, tabs and line breaks kept), in one streaming pass over
 * `word/document.xml`: the entry is inflated under a running byte cap whatever size the archive
 * declares, and the pass stops as soon as the text passes the character limit, so a small file
 * holding 60 MB of repeated paragraphs costs a few hundred kilobytes. Pure: bytes in, text out.
 */

export type DocxText =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: 'too-long' | 'too-large' | 'broken' };

export interface DocxLimits {
  /** Stop once the text is longer than this many characters. */
  readonly maxChars: number;
  /** Inflate no more than this many bytes of the document part. */
  readonly maxInflatedBytes: number;
}

/**
 * Streams the document body's text out of a .docx archive (`entries` from its zip directory).
 *
 * @example
 * await readDocxText(bytes, entries, { maxChars: 400_000, maxInflatedBytes: 64 * 1024 * 1024 })
 * // { ok: true, text: 'Năm 2022 đạt 845,5 triệu USD.\n\n' }
 */
export async function readDocxText(bytes: Uint8Array, entries: readonly ZipEntry[], limits: DocxLimits): Promise<DocxText> {
  const entry = findEntry(entries, 'word/document.xml');
  if (!entry) return { ok: false, reason: 'broken' };
  const parts: string[] = [];
  let length = 0;
  let inText = false;
  /** Inside `mc:Choice` (the Fallback twin is read instead) or a deleted run. */
  let skipped = 0;
  const add = (text: string): void => {
    if (skipped > 0) return;
    parts.push(text);
    length += text.length;
  };
  const feed = xmlFeed({
    ignoringText: () => !inText,
    open(name) {
      if (name === 'Choice' || name === 'del') skipped++;
      else if (name === 't') inText = true;
      else if (name === 'tab') add('\t');
      else if (name === 'br' || name === 'cr') add('\n');
    },
    text(text) {
      if (inText) add(text);
    },
    close(name) {
      if (name === 'Choice' || name === 'del') skipped--;
      else if (name === 't') inText = false;
      else if (name === 'p') add('\n\n');
    },
  });
  let broken = false;
  const outcome = await streamEntry(bytes, entry, { remaining: limits.maxInflatedBytes }, (chunk) => {
    try {
      feed.write(chunk);
    } catch {
      broken = true;
      return false;
    }
    return length <= limits.maxChars;
  });
  if (length > limits.maxChars) return { ok: false, reason: 'too-long' };
  if (broken || !outcome.ok) return { ok: false, reason: !broken && !outcome.ok && outcome.reason === 'too-large' ? 'too-large' : 'broken' };
  try {
    feed.close();
  } catch {
    return { ok: false, reason: 'broken' };
  }
  return { ok: true, text: parts.join('') };
}
