import { basename } from 'node:path';
import type { KnownSource } from '../../extract/finding/known-values';
import { referenceFromFiles } from '../../prose/reference-sources';
import { collectFiles } from './collect-files';

/**
 * The CLI's `--reference <file-or-dir>` sets: each table file is one reference set, named in results by its
 * file name (`"basis": { "reference": "nien-giam-nam-dinh.csv" }`). One unreadable file refuses them all, with a
 * one-line reason naming the file (and the row and column where it applies).
 *
 * @example
 * referenceSources(['nien-giam.csv']); // { ok: true, sources: [{ origin: 'reference', id: 'nien-giam.csv', … }] }
 */
export function referenceSources(paths: readonly string[]): { ok: true; sources: KnownSource[] } | { ok: false; message: string } {
  if (paths.length === 0) return { ok: true, sources: [] };
  const collected = collectFiles(paths);
  if (!collected.ok) return collected;
  const sources: KnownSource[] = [];
  for (const file of collected.files) {
    const name = basename(file.name);
    const read = referenceFromFiles([file], name, { vi: `số liệu gốc ${name}`, en: `the reference ${name}` });
    if (!read.ok) return read;
    sources.push(read.source);
  }
  return { ok: true, sources };
}
