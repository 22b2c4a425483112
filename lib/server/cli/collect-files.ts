import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { InputFile } from '../../verify/check-files';

/** File endings the checker reads when it is given a directory. */
export const TABLE_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);

export type Collected = { ok: true; files: InputFile[] } | { ok: false; message: string };

/**
 * Reads the named files, and the table files directly inside named directories, as bytes.
 *
 * @example
 * collectFiles(['data']) // { ok: true, files: [{ name: 'data/bang-1-1991-2008.csv', bytes }] }
 */
export function collectFiles(paths: readonly string[]): Collected {
  const files: InputFile[] = [];
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      return { ok: false, message: `${p}: không tìm thấy tệp hoặc thư mục` };
    }
    const names = isDir
      ? readdirSync(p)
          .filter((n) => TABLE_EXTENSIONS.has(extname(n).toLowerCase()))
          .sort()
          .map((n) => join(p, n))
      : [p];
    for (const name of names) {
      try {
        files.push({ name, bytes: new Uint8Array(readFileSync(name)) });
      } catch {
        return { ok: false, message: `${basename(name)}: không đọc được tệp` };
      }
    }
  }
  if (files.length === 0) return { ok: false, message: `${paths.join(', ')}: không có tệp bảng (.csv, .tsv, .txt)` };
  return { ok: true, files };
}

/**
 * The province the data directories are about: the `place` of a `document.json` inside them (the bundled `data/`
 * says "Cao Bằng"), when every directory that has one names the same; `null` otherwise. A `document.json` that
 * cannot be read says nothing.
 *
 * @example
 * placeOfDirectories(['data']) // 'Cao Bằng'
 * placeOfDirectories(['bang.csv']) // null
 */
export function placeOfDirectories(paths: readonly string[]): string | null {
  const places = new Set<string>();
  for (const p of paths) {
    try {
      if (!statSync(p).isDirectory()) continue;
      const document: unknown = JSON.parse(readFileSync(join(p, 'document.json'), 'utf8'));
      const place = typeof document === 'object' && document !== null && 'place' in document ? document.place : undefined;
      if (typeof place === 'string' && place.trim() !== '') places.add(place.trim());
    } catch {
      continue;
    }
  }
  return places.size === 1 ? ([...places][0] ?? null) : null;
}
