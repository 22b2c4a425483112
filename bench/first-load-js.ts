/**
 * First-load JS of every route, gzipped (level 9), from the build's
 * `.next/diagnostics/route-bundle-stats.json`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';

const statsSchema = z.array(
  z.object({ route: z.string(), firstLoadUncompressedJsBytes: z.number(), firstLoadChunkPaths: z.array(z.string()) }),
);

export interface RouteJs {
  readonly route: string;
  readonly gzipBytes: number;
  readonly rawBytes: number;
}

/**
 * @example firstLoadJs(process.cwd())[0] // { route: '/', gzipBytes: 160234, rawBytes: 540112 }
 */
export function firstLoadJs(root: string): RouteJs[] {
  const stats = statsSchema.parse(JSON.parse(readFileSync(join(root, '.next/diagnostics/route-bundle-stats.json'), 'utf8')));
  const sizes = new Map<string, number>();
  const gzipped = (path: string): number => {
    const known = sizes.get(path);
    if (known !== undefined) return known;
    const size = gzipSync(readFileSync(join(root, path)), { level: 9 }).byteLength;
    sizes.set(path, size);
    return size;
  };
  return [...stats]
    .sort((a, b) => a.route.localeCompare(b.route))
    .map((s) => ({
      route: s.route,
      gzipBytes: s.firstLoadChunkPaths.reduce((sum, p) => sum + gzipped(p), 0),
      rawBytes: s.firstLoadUncompressedJsBytes,
    }));
}
