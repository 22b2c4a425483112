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
 * The same pass collects every top-level table (`w:tbl`) row by row (`w:tr`), cell by cell (`w:tc`,
 * its paragraphs joined by a space; a table nested in a cell counts as that cell's text), with the
 * offsets of its text, so a report table inside a document can be read as one.
 */

/** A table of the document body: its cells' text by row, and where its text sits in `text`. */
export interface DocxTable {
  readonly start: number;
  readonly end: number;
  readonly rows: readonly (readonly string[])[];
}

export type DocxText =
  | { readonly ok: true; readonly text: string; readonly tables: readonly DocxTable[] }
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
 * // { ok: true, text: 'Năm 2022 đạt 845,5 triệu USD.\n\n', tables: [] }
 */
export async function readDocxText(bytes: Uint8Array, entries: readonly ZipEntry[], limits: DocxLimits): Promise<DocxText> {
  const entry = findEntry(entries, 'word/document.xml');
  if (!entry) return { ok: false, reason: 'broken' };
  const parts: string[] = [];
  let length = 0;
  let inText = false;
  /** Inside `mc:Choice` (the Fallback twin is read instead) or a deleted run. */
  let skipped = 0;
  const tables: DocxTable[] = [];
  /** Nesting depth of `w:tbl`, and the outermost table being read. */
  let tableDepth = 0;
  let table: { start: number; rows: string[][]; row: string[] | null; cell: string[] | null } | null = null;
  const add = (text: string): void => {
    if (skipped > 0) return;
    parts.push(text);
    length += text.length;
    if (table?.cell) table.cell.push(text);
  };
  const feed = xmlFeed({
    ignoringText: () => !inText,
    open(name) {
      if (name === 'tbl' && ++tableDepth === 1) table = { start: length, rows: [], row: null, cell: null };
      else if (tableDepth === 1 && table !== null && name === 'tr') table.row = [];
      else if (tableDepth === 1 && table !== null && name === 'tc') table.cell = [];
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
      if (tableDepth === 1 && table !== null) {
        if (name === 'tc' && table.cell !== null) {
          table.row?.push(table.cell.join('').replace(/\s+/gu, ' ').trim());
          table.cell = null;
        } else if (name === 'tr' && table.row !== null) {
          table.rows.push(table.row);
          table.row = null;
        }
      }
      if (name === 'tbl' && tableDepth-- === 1 && table !== null) {
        tables.push({ start: table.start, end: length, rows: table.rows });
        table = null;
      }
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
  return { ok: true, text: parts.join(''), tables };
}
