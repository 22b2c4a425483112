/**
 * `npm run test:load -- [--url http://127.0.0.1:3000] [--count 200] [--keep]`
 *
 * Concurrency test of the upload API against a server that is already running (it starts
 * nothing): sends `count` uploads (multipart POST /api/datasets) all at once with plain fetch,
 * then checks that every upload was answered 201, is listed by GET /api/datasets, reads back
 * whole by GET /api/datasets/:id (name, verdict counts, results, SHA-256 of the original bytes),
 * and that no answer was a 5xx. Prints the time taken, requests per second, latency percentiles
 * and the statuses. The datasets it created are deleted at the end unless `--keep`.
 * Uploads need a signed-in reviewer: set SOATSO_USER and SOATSO_PASSWORD (create one with
 * `npm run user -- add <name> --role reviewer` in the server's data directory).
 * Exit status: 0 when every check passed, 1 otherwise, 2 when the server cannot be reached or refuses the sign-in.
 */
import { createHash } from 'node:crypto';
import { credentialsFromEnv, scriptHeaders, signInScript } from './script-session';

interface Options {
  readonly url: string;
  readonly count: number;
  readonly keep: boolean;
}

interface Created {
  readonly id: string;
  readonly name: string;
  readonly sha256: string;
  readonly counts: Record<string, number>;
  readonly results: number;
}

interface Timed {
  readonly status: number;
  readonly ms: number;
}

function parseArgs(argv: readonly string[]): Options {
  let url = process.env.LOAD_URL ?? 'http://127.0.0.1:3000';
  let count = 200;
  let keep = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--url') url = argv[++i] ?? url;
    else if (arg === '--count') count = Number(argv[++i] ?? count);
    else if (arg === '--keep') keep = true;
  }
  if (!Number.isSafeInteger(count) || count < 1) throw new Error(`--count phải là số nguyên dương, không phải ${count}`);
  // Grammar: one or more "/" at the end of the URL. Example: "http://127.0.0.1:3000/" → "http://127.0.0.1:3000".
  return { url: url.replace(/\/+$/, ''), count, keep };
}

/** A small report table that differs per upload (values and claims), so every dataset is distinct. */
function tableFor(i: number): string {
  const a = 100 + i;
  const b = 150 + 2 * i;
  return [
    `BẢNG TẢI THỬ ${i}`,
    'STT;Chỉ tiêu;Đơn vị tính;Năm 2015;Năm 2020;Năm 2020 so với năm 2015',
    `1;Chỉ tiêu A ${i};Tỷ đồng;${a},5;${b},5;Tăng ${Math.round(((b + 0.5) / (a + 0.5) - 1) * 100)}%`,
    `2;Chỉ tiêu B ${i};%;${(i % 50) + 10},2;${(i % 50) + 5},1;Tăng`,
    `3;Chỉ tiêu C ${i};Người;${1000 + i};${3000 + i};Tăng 3 lần`,
  ].join('\r\n');
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const at = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, at)] ?? 0;
}

function histogram(statuses: readonly number[]): string {
  const counts = new Map<number, number>();
  for (const s of statuses) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(', ');
}

async function timed<T>(run: () => Promise<{ status: number; value: T }>): Promise<Timed & { value: T }> {
  const start = performance.now();
  const out = await run();
  return { ...out, ms: performance.now() - start };
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const run = `tai-thu-${Date.now().toString(36)}`;
  try {
    const ping = await fetch(`${options.url}/api/datasets`);
    if (!ping.ok) throw new Error(`GET /api/datasets → ${ping.status}`);
  } catch (error) {
    console.error(`Không kết nối được máy chủ ${options.url}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }

  const credentials = credentialsFromEnv();
  if (!credentials) {
    console.error('Cần một tài khoản người soát / a reviewer account: SOATSO_USER=<tên> SOATSO_PASSWORD=<mật khẩu> npm run test:load');
    return 2;
  }
  try {
    await signInScript(options.url, credentials);
  } catch (error) {
    console.error(`Không đăng nhập được / sign-in failed: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }

  const problems: string[] = [];
  const bodies = Array.from({ length: options.count }, (_, i) => new TextEncoder().encode(tableFor(i)));
  console.log(`Gửi ${options.count} lượt tải lên cùng lúc tới ${options.url} …`);
  const started = performance.now();
  const uploads = await Promise.all(
    bodies.map((bytes, i) =>
      timed(async () => {
        const form = new FormData();
        form.append('file', new File([bytes], `tai-thu-${i}.csv`, { type: 'text/csv' }));
        form.append('name', `${run} ${i}`);
        try {
          const response = await fetch(`${options.url}/api/datasets`, { method: 'POST', body: form, headers: scriptHeaders() });
          const body = (await response.json().catch(() => null)) as (Created & { files: { sha256: string }[]; results: unknown[] }) | null;
          return { status: response.status, value: body };
        } catch (error) {
          problems.push(`tải lên ${i}: lỗi mạng ${error instanceof Error ? error.message : String(error)}`);
          return { status: 0, value: null };
        }
      }),
    ),
  );
  const uploadSeconds = (performance.now() - started) / 1000;

  const created: Created[] = [];
  uploads.forEach((u, i) => {
    if (u.status >= 500) problems.push(`tải lên ${i}: mã ${u.status} (5xx)`);
    if (u.status !== 201 || !u.value) {
      if (u.status !== 0) problems.push(`tải lên ${i}: mã ${u.status}, không phải 201`);
      return;
    }
    const expected = createHash('sha256').update(bodies[i] ?? new Uint8Array()).digest('hex');
    if (u.value.files[0]?.sha256 !== expected) problems.push(`tải lên ${i}: SHA-256 lưu khác bản gửi`);
    created.push({ id: u.value.id, name: u.value.name, sha256: expected, counts: u.value.counts, results: u.value.results.length });
  });

  const listed = await fetch(`${options.url}/api/datasets`);
  if (listed.status >= 500) problems.push(`GET /api/datasets: mã ${listed.status}`);
  const ids = new Set(((await listed.json()) as { datasets: { id: string }[] }).datasets.map((d) => d.id));
  const missing = created.filter((c) => !ids.has(c.id));
  if (missing.length > 0) problems.push(`${missing.length} bộ dữ liệu đã nhận 201 nhưng không có trong danh sách`);

  const readStarted = performance.now();
  const reads = await Promise.all(
    created.map((c) =>
      timed(async () => {
        const response = await fetch(`${options.url}/api/datasets/${c.id}`);
        const body = (await response.json().catch(() => null)) as
          | { name: string; counts: Record<string, number>; results: unknown[]; files: { sha256: string }[] }
          | null;
        if (response.status !== 200 || !body) {
          problems.push(`đọc ${c.id}: mã ${response.status}`);
        } else if (
          body.name !== c.name ||
          body.results.length !== c.results ||
          JSON.stringify(body.counts) !== JSON.stringify(c.counts) ||
          body.files[0]?.sha256 !== c.sha256
        ) {
          problems.push(`đọc ${c.id}: nội dung khác lúc tạo`);
        }
        return { status: response.status, value: null };
      }),
    ),
  );
  const readSeconds = (performance.now() - readStarted) / 1000;
  for (const r of reads) if (r.status >= 500) problems.push(`đọc: mã ${r.status} (5xx)`);

  const latencies = uploads.map((u) => u.ms).sort((a, b) => a - b);
  const readLatencies = reads.map((r) => r.ms).sort((a, b) => a - b);
  const ms = (n: number) => `${Math.round(n)} ms`;
  console.log('');
  console.log(`Tải lên: ${options.count} yêu cầu trong ${uploadSeconds.toFixed(2)} s → ${(options.count / uploadSeconds).toFixed(1)} yêu cầu/s`);
  console.log(`  mã trả về: ${histogram(uploads.map((u) => u.status))}`);
  console.log(`  độ trễ: p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, max ${ms(percentile(latencies, 100))}`);
  console.log(`Đọc lại: ${reads.length} yêu cầu trong ${readSeconds.toFixed(2)} s → ${(reads.length / Math.max(readSeconds, 1e-9)).toFixed(1)} yêu cầu/s`);
  console.log(`  mã trả về: ${histogram(reads.map((r) => r.status))}`);
  console.log(`  độ trễ: p50 ${ms(percentile(readLatencies, 50))}, p95 ${ms(percentile(readLatencies, 95))}, max ${ms(percentile(readLatencies, 100))}`);
  console.log(`Đã lưu và đọc lại đúng: ${created.length - missing.length}/${options.count}`);

  if (!options.keep) {
    await Promise.all(created.map((c) => fetch(`${options.url}/api/datasets/${c.id}`, { method: 'DELETE', headers: scriptHeaders() }).catch(() => null)));
    console.log(`Đã xoá ${created.length} bộ dữ liệu thử (dùng --keep để giữ lại).`);
  }
  if (problems.length > 0) {
    console.error(`\n${problems.length} vấn đề:`);
    for (const p of problems.slice(0, 30)) console.error(`  - ${p}`);
    return 1;
  }
  console.log('\nKhông có lỗi: mọi lượt tải lên đều được lưu, liệt kê và đọc lại đầy đủ; không có mã 5xx.');
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
