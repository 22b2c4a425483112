/**
 * `npx tsx scripts/crash-test.ts [--port 3291] [--data-dir DIR] [--rounds 5] [--rows 30000]`
 *
 * Crash test of the dataset store. Needs a production build (`npm run build`). Each round:
 * starts `next start` on the port with SOATSO_DATA_DIR=DIR, uploads a few small tables, then
 * sends a large table slowly (streamed) together with more small uploads and kills the server
 * with SIGKILL at a random moment: while the large body is still arriving, while it is being
 * checked, or while its transaction is being written. Then it restarts the server and checks:
 * `PRAGMA integrity_check` = ok, no foreign-key orphans, every dataset has its files and a
 * readable checked dataset (no partial dataset), every upload answered 201 is still there, and
 * the API lists and reads exactly what the database holds. The server is stopped at the end.
 * Exit status: 0 when every round passed, 1 when a check failed, 2 when it could not run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createWriteStream, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

const MB = 1024 * 1024;

interface Options {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly rounds: number;
  readonly rows: number;
}

function parseArgs(argv: readonly string[]): Options {
  let port = 3291;
  let dataDir: string | null = null;
  let rounds = 5;
  let rows = 30_000;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--port') port = Number(argv[++i]);
    else if (arg === '--data-dir') dataDir = argv[++i] ?? null;
    else if (arg === '--rounds') rounds = Number(argv[++i]);
    else if (arg === '--rows') rows = Number(argv[++i]);
  }
  return {
    port,
    host: '127.0.0.1',
    dataDir: dataDir ?? mkdtempSync(join(tmpdir(), 'soatso-crash-')),
    rounds,
    rows,
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function smallTable(tag: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(
    [
      'STT;Chỉ tiêu;Đơn vị tính;Năm 2015;Năm 2020;Năm 2020 so với năm 2015',
      `1;Chỉ tiêu nhỏ ${tag};Tỷ đồng;100,5;150,5;Tăng 50%`,
      `2;Chỉ tiêu phụ ${tag};%;12,5;10,1;Giảm 2,4 điểm phần trăm`,
    ].join('\r\n'),
  );
}

function largeTable(rows: number, tag: string): Uint8Array {
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

/** True when nothing listens on the port yet (another server there would receive our uploads). */
function portIsFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

class Server {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();

  constructor(private readonly options: Options) {}

  get url(): string {
    return `http://${this.options.host}:${this.options.port}`;
  }

  async start(round: number): Promise<void> {
    if (!(await portIsFree(this.options.port, this.options.host))) {
      throw new Error(`Cổng ${this.options.port} đang có tiến trình khác; chọn cổng khác bằng --port.`);
    }
    const nextBin = join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
    const log = createWriteStream(join(this.options.dataDir, `server-${round}.log`));
    const child = spawn(process.execPath, [nextBin, 'start', '-p', String(this.options.port), '-H', this.options.host], {
      cwd: process.cwd(),
      env: {
        ...process.env,
        SOATSO_DATA_DIR: this.options.dataDir,
        SOATSO_MAX_ROWS: String(Math.max(this.options.rows + 10, 50_000)),
        SOATSO_MAX_UPLOAD_BYTES: String(20 * MB),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so the kill reaches every process it started and nothing else.
      detached: true,
    });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`next start thoát sớm (mã ${child.exitCode}); xem ${this.options.dataDir}/server-${round}.log`);
      try {
        const response = await fetch(`${this.url}/api/datasets`);
        // Ready only if the answer came from our child (it is still running).
        if (response.ok && child.exitCode === null) return;
      } catch {
        // not listening yet
      }
      await sleep(250);
    }
    throw new Error('next start không sẵn sàng sau 90 s');
  }

  async kill(signal: NodeJS.Signals): Promise<void> {
    const pid = this.child?.pid;
    if (pid === undefined || this.child?.exitCode !== null) return;
    try {
      process.kill(-pid, signal);
    } catch {
      this.child?.kill(signal);
    }
    await this.exited;
    this.child = null;
  }
}

async function postSmall(url: string, tag: string): Promise<string | null> {
  const form = new FormData();
  form.append('file', new File([smallTable(tag)], `nho-${tag}.csv`, { type: 'text/csv' }));
  form.append('name', `nhỏ ${tag}`);
  try {
    const response = await fetch(`${url}/api/datasets`, { method: 'POST', body: form });
    if (response.status !== 201) return null;
    return ((await response.json()) as { id: string }).id;
  } catch {
    return null;
  }
}

async function postLarge(url: string, bytes: Uint8Array, tag: string, progress: { sent: number }): Promise<string | null> {
  try {
    const response = await fetch(`${url}/api/datasets?filename=lon-${tag}.csv&name=${encodeURIComponent(`lớn ${tag}`)}`, {
      method: 'POST',
      body: slowStream(bytes, progress),
      headers: { 'content-type': 'text/csv' },
      duplex: 'half',
    } as RequestInit & { duplex: 'half' });
    if (response.status !== 201) return null;
    return ((await response.json()) as { id: string }).id;
  } catch {
    return null;
  }
}

interface StoreCheck {
  readonly problems: string[];
  readonly ids: Set<string>;
}

/** Reads the database file directly: integrity, orphans, and that every dataset is whole. */
function checkDatabase(path: string): StoreCheck {
  const problems: string[] = [];
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const orphans = db.pragma('foreign_key_check') as unknown[];
    if (orphans.length > 0) problems.push(`${orphans.length} tệp không thuộc bộ dữ liệu nào`);
    const withoutFiles = db
      .prepare('SELECT COUNT(*) FROM datasets d WHERE NOT EXISTS (SELECT 1 FROM dataset_files f WHERE f.dataset_id = d.id)')
      .pluck()
      .get() as number;
    if (withoutFiles > 0) problems.push(`${withoutFiles} bộ dữ liệu không có tệp gốc`);
    const ids = new Set<string>();
    const rows = db.prepare('SELECT id, counts_json, dataset_json, claim_count FROM datasets').iterate() as Iterable<{
      id: string;
      counts_json: string;
      dataset_json: string;
      claim_count: number;
    }>;
    for (const row of rows) {
      ids.add(row.id);
      try {
        JSON.parse(row.counts_json);
        const dataset = JSON.parse(row.dataset_json) as { id: string; claims: unknown[] };
        if (dataset.id !== row.id) problems.push(`${row.id}: bộ dữ liệu mang mã khác (${dataset.id})`);
        if (dataset.claims.length !== row.claim_count) problems.push(`${row.id}: số khẳng định không khớp tóm tắt`);
      } catch {
        problems.push(`${row.id}: JSON đã lưu không đọc được`);
      }
    }
    return { problems, ids };
  } finally {
    db.close();
  }
}

async function checkApi(url: string, ids: Set<string>): Promise<string[]> {
  const problems: string[] = [];
  const response = await fetch(`${url}/api/datasets`);
  if (response.status !== 200) return [`GET /api/datasets → ${response.status}`];
  const listed = ((await response.json()) as { datasets: { id: string }[] }).datasets.map((d) => d.id);
  if (listed.length !== ids.size || listed.some((id) => !ids.has(id))) {
    problems.push(`API liệt kê ${listed.length} bộ, cơ sở dữ liệu có ${ids.size}`);
  }
  for (const id of listed) {
    const one = await fetch(`${url}/api/datasets/${id}`);
    if (one.status !== 200) problems.push(`GET /api/datasets/${id} → ${one.status}`);
    else await one.arrayBuffer();
  }
  return problems;
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(join(process.cwd(), '.next', 'BUILD_ID'))) {
    console.error('Chưa có bản build: chạy `npm run build` trước, rồi chạy lại từ thư mục dự án.');
    return 2;
  }
  console.log(`Thư mục dữ liệu: ${options.dataDir}; cổng ${options.port}; ${options.rounds} vòng; bảng lớn ${options.rows} dòng.`);
  const server = new Server(options);
  const acknowledged = new Set<string>();
  let failures = 0;
  let interrupted = 0;
  let unanswered = 0;
  try {
    for (let round = 1; round <= options.rounds; round++) {
      await server.start(round);
      for (let i = 0; i < 3; i++) {
        const id = await postSmall(server.url, `v${round}-${i}`);
        if (id) acknowledged.add(id);
        else throw new Error(`vòng ${round}: tải lên nhỏ trước khi dừng máy chủ bị từ chối`);
      }
      const large = largeTable(options.rows, `v${round}`);
      const killAfter = Math.round(200 + Math.random() * 4000);
      const progress = { sent: 0 };
      const inFlight: Promise<string | null>[] = [postLarge(server.url, large, `v${round}`, progress)];
      for (let i = 0; i < 8; i++) inFlight.push(sleep(i * 150).then(() => postSmall(server.url, `v${round}-song-song-${i}`)));
      await sleep(killAfter);
      await server.kill('SIGKILL');
      const sentAtKill = progress.sent;
      const answers = await Promise.all(inFlight);
      for (const id of answers) {
        if (id) acknowledged.add(id);
        else interrupted++;
      }

      await server.start(round + 100);
      const db = checkDatabase(join(options.dataDir, 'soatso.db'));
      const lost = [...acknowledged].filter((id) => !db.ids.has(id));
      const problems = [...db.problems, ...(lost.length > 0 ? [`${lost.length} bộ dữ liệu đã trả 201 nhưng bị mất`] : [])];
      problems.push(...(await checkApi(server.url, db.ids)));
      const extra = [...db.ids].filter((id) => !acknowledged.has(id)).length;
      unanswered = extra;
      console.log(
        `Vòng ${round}: dừng sau ${killAfter} ms (tệp lớn ${sentAtKill < large.length ? `mới gửi ${Math.round((100 * sentAtKill) / large.length)}%` : 'đã gửi hết'}` +
          `${answers[0] ? ', đã lưu' : ''}); ${answers.filter(Boolean).length}/${answers.length} yêu cầu đang chạy kịp trả 201; ` +
          `CSDL có ${db.ids.size} bộ dữ liệu (${extra} đã ghi xong nhưng chưa kịp trả lời); ${problems.length === 0 ? 'nhất quán ✓' : 'LỖI ✗'}`,
      );
      for (const p of problems) console.error(`  - ${p}`);
      if (problems.length > 0) failures++;
      await server.kill('SIGTERM');
    }
  } finally {
    await server.kill('SIGTERM');
  }
  console.log(
    `\n${options.rounds - failures}/${options.rounds} vòng nhất quán; ${acknowledged.size} lượt tải lên đã trả 201 đều còn; ` +
      `${interrupted} yêu cầu bị cắt ngang; ${unanswered} bộ dữ liệu ghi xong ngay trước khi dừng.`,
  );
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  },
);
