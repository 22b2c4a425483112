/**
 * `npm run budgets` (after `npm run build`): first-load JS of every route, gzipped, from
 * `.next/diagnostics/route-bundle-stats.json`. Budget: at most 250 KB per route.
 * Exit 1 when a route is over budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';

const BUDGET_BYTES = 250 * 1024;
const statsSchema = z.array(
  z.object({ route: z.string(), firstLoadUncompressedJsBytes: z.number(), firstLoadChunkPaths: z.array(z.string()) }),
);

const root = process.cwd();
const stats = statsSchema.parse(JSON.parse(readFileSync(join(root, '.next/diagnostics/route-bundle-stats.json'), 'utf8')));
const gzCache = new Map<string, number>();
const gzipped = (path: string): number => {
  const known = gzCache.get(path);
  if (known !== undefined) return known;
  const size = gzipSync(readFileSync(join(root, path)), { level: 9 }).byteLength;
  gzCache.set(path, size);
  return size;
};

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
let over = 0;
console.log('Tuyến (route)                 JS tải lần đầu (gzip)   chưa nén     ngân sách 250 KB');
for (const s of [...stats].sort((a, b) => a.route.localeCompare(b.route))) {
  const gz = s.firstLoadChunkPaths.reduce((sum, p) => sum + gzipped(p), 0);
  const ok = gz <= BUDGET_BYTES;
  if (!ok) over += 1;
  console.log(`${s.route.padEnd(30)}${kb(gz).padStart(12)}${kb(s.firstLoadUncompressedJsBytes).padStart(20)}     ${ok ? 'ĐẠT' : 'VƯỢT'}`);
}
process.exitCode = over > 0 ? 1 : 0;
