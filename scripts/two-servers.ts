/**
 * `npm run test:two-servers` (DATABASE_URL required): two `next start` processes, each with its own
 * data directory, on one PostgreSQL, the way several servers run behind a load balancer.
 *
 * In a database created for the run (dropped at the end) it checks:
 * 1. a sign-in, an upload and a decision made on one server are seen by the other at once;
 * 2. 200 uploads sent at once, spread over both servers, are all answered 201 (no 5xx), all
 *    listed by both, each with its own name, file and rows (nothing lost, nothing mixed up);
 * 3. killing one server (SIGKILL) while it writes large uploads leaves no partial dataset: every
 *    dataset in the tables is whole, every upload answered 201 is there, the other server reads all.
 * Reuses the production build in .next (builds once when there is none). Prints the time of each
 * step. Exit status: 0 when every check passed, 1 when one failed, 2 when it could not run.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE_CSV } from '../lib/server/testing/sample-tables';
import { Server, sleep } from './crash-test/next-server';
import { largeTable, smallTable } from './crash-test/uploads';
import { createReviewer, scriptHeaders, signInScript } from './script-session';
import { checkDatasets, createTestDatabase, waitForRowWrite, worstFindingKey } from './two-servers/database';

const HOST = '127.0.0.1';
const PARALLEL_UPLOADS = 200;
const KILL_UPLOADS = 6;
/** No request may hang the test: each is abandoned after this long (ms). */
const REQUEST_TIMEOUT_MS = 300_000;
/** Rows per upload of the kill step: more than one INSERT statement's worth (7 500 rows). */
const KILL_ROWS = 8_000;
const LIMITS = { SOATSO_RATE_UPLOAD: '100000/60', SOATSO_RATE_SAVE: '100000/60', SOATSO_RATE_CHECK: '100000/60', SOATSO_RATE_SIGN_IN: '100000/60' };

const problems: string[] = [];
function check(ok: boolean, what: string): void {
  if (!ok) problems.push(what);
  console.log(`${ok ? '✓' : '✗'} ${what}`);
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await work();
  console.log(`  [${label}: ${((Date.now() - started) / 1000).toFixed(1)} s]`);
  return result;
}

interface Answer {
  readonly status: number;
  readonly id: string | null;
}

async function upload(base: string, bytes: Uint8Array<ArrayBuffer>, fileName: string, name: string): Promise<Answer> {
  const form = new FormData();
  form.append('file', new File([bytes], fileName, { type: 'text/csv' }));
  form.append('name', name);
  try {
    const response = await fetch(`${base}/api/datasets`, { method: 'POST', body: form, headers: scriptHeaders(), signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const body = (await response.json()) as { id?: string };
    return { status: response.status, id: response.status === 201 ? (body.id ?? null) : null };
  } catch {
    return { status: 0, id: null };
  }
}

interface Detail {
  readonly name: string;
  readonly files: readonly { readonly sha256: string }[];
  readonly results: readonly { readonly indicator: string }[];
}

async function detail(base: string, id: string): Promise<Detail | null> {
  const response = await fetch(`${base}/api/datasets/${id}`, { headers: scriptHeaders() });
  return response.status === 200 ? ((await response.json()) as Detail) : null;
}

async function listed(base: string): Promise<Set<string>> {
  const response = await fetch(`${base}/api/datasets`, { headers: scriptHeaders() });
  return new Set(((await response.json()) as { datasets: { id: string }[] }).datasets.map((d) => d.id));
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function seenOnBoth(a: Server, b: Server, databaseUrl: string): Promise<void> {
  const session = await fetch(`${b.url}/api/session`, { headers: scriptHeaders() });
  check(session.status === 200, `a sign-in on server A is a session on server B (GET /api/session → ${session.status})`);
  // One match, one mismatch, one wrong direction: the decision goes to the worst finding.
  const bytes = new TextEncoder().encode(SAMPLE_CSV);
  const created = await upload(a.url, bytes, 'chung.csv', 'Bảng chung');
  check(created.status === 201 && created.id !== null, `an upload on A is answered 201 (${created.status})`);
  if (!created.id) return;
  const onB = await detail(b.url, created.id);
  check(onB?.name === 'Bảng chung' && onB.files[0]?.sha256 === sha256(bytes), 'the upload made on A is read whole on B at once');
  const target = await worstFindingKey(databaseUrl, created.id);
  const decided = await fetch(`${a.url}/api/datasets/${created.id}/decisions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...scriptHeaders() },
    body: JSON.stringify({ target, status: 'confirmed', comment: 'sai thật' }),
  });
  check(decided.status === 201, `a decision on A is answered 201 (${decided.status}${decided.status === 201 ? '' : `: ${await decided.text()}`})`);
  const decisions = await fetch(`${b.url}/api/datasets/${created.id}/decisions`, { headers: scriptHeaders() });
  const body = (await decisions.json()) as { current?: { target: string; status: string }[] };
  check(body.current?.some((d) => d.target === target && d.status === 'confirmed') === true, 'the decision made on A is the current one on B at once');
}

async function parallelUploads(a: Server, b: Server): Promise<void> {
  const sent = Array.from({ length: PARALLEL_UPLOADS }, (_, n) => ({ n, bytes: smallTable(`song-song-${n}`), server: n % 2 === 0 ? a : b }));
  const answers = await Promise.all(sent.map((s) => upload(s.server.url, s.bytes, `song-song-${s.n}.csv`, `Song song ${s.n}`)));
  const statuses = new Map<number, number>();
  for (const answer of answers) statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
  check(answers.every((x) => x.status === 201), `${PARALLEL_UPLOADS} uploads at once over both servers: answers ${JSON.stringify(Object.fromEntries(statuses))}`);
  check(!answers.some((x) => x.status >= 500), 'no upload answered 5xx');
  const ids = answers.map((x) => x.id).filter((id): id is string => id !== null);
  const [onA, onB] = await Promise.all([listed(a.url), listed(b.url)]);
  check(ids.every((id) => onA.has(id) && onB.has(id)), `both servers list all ${ids.length} new datasets`);
  let whole = 0;
  for (const [i, answer] of answers.entries()) {
    const s = sent[i];
    if (!answer.id || !s) continue;
    const read = await detail(i % 2 === 0 ? b.url : a.url, answer.id);
    const own = read?.name === `Song song ${s.n}` && read.files[0]?.sha256 === sha256(s.bytes) && read.results.length === 2;
    const unmixed = read?.results.every((r) => r.indicator.endsWith(`song-song-${s.n}`)) === true;
    if (own && unmixed) whole++;
  }
  check(whole === ids.length, `each dataset read from the other server has its own name, file and rows (${whole}/${ids.length})`);
}

async function killMidUpload(a: Server, b: Server, databaseUrl: string): Promise<void> {
  const before = await listed(b.url);
  const pending = Array.from({ length: KILL_UPLOADS }, (_, n) => upload(a.url, new Uint8Array(largeTable(KILL_ROWS, `giet-${n}`)), `giet-${n}.csv`, `Giết ${n}`));
  // Kill A while one of its upload transactions is writing rows (seen in pg_stat_activity).
  const writing = await waitForRowWrite(databaseUrl, REQUEST_TIMEOUT_MS);
  await a.kill('SIGKILL');
  check(writing, 'server A was killed while an upload transaction was open (written to, not committed)');
  const answers = await Promise.all(pending);
  const acknowledged = answers.filter((x) => x.id !== null).map((x) => x.id as string);
  console.log(`  ${acknowledged.length}/${KILL_UPLOADS} large uploads were answered 201 before A died`);
  check(acknowledged.length < KILL_UPLOADS, 'the kill landed while uploads were still in flight');
  await sleep(500);
  const db = await checkDatasets(databaseUrl);
  for (const p of db.problems) console.error(`  - ${p}`);
  check(db.problems.length === 0, 'after the kill every dataset in the tables is whole (files, tables, rows, claims), nothing orphaned');
  check(acknowledged.every((id) => db.ids.has(id)), 'every upload answered 201 before the kill is stored');
  const onB = await listed(b.url);
  const added = [...db.ids].filter((id) => !before.has(id));
  check(onB.size === db.ids.size && [...db.ids].every((id) => onB.has(id)), `B lists exactly what the tables hold (${added.length} new, of which ${added.length - acknowledged.length} stored but unanswered)`);
  let readable = 0;
  for (const id of added) if ((await detail(b.url, id))?.results.length === KILL_ROWS) readable++;
  check(readable === added.length, `B reads every new dataset whole (${readable}/${added.length} with ${KILL_ROWS} rows)`);
}

async function main(): Promise<number> {
  const base = (process.env.DATABASE_URL ?? '').trim();
  if (base === '') {
    console.error('test:two-servers needs DATABASE_URL (DATABASE_URL=$(scripts/pg-cluster.sh start) npm run test:two-servers, or npm test).');
    return 2;
  }
  if (!existsSync(join(process.cwd(), '.next', 'BUILD_ID'))) {
    console.log('no production build in .next: npm run build');
    const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (built.status !== 0) return 2;
  }
  const started = Date.now();
  const database = await createTestDatabase(base);
  const dirs = [mkdtempSync(join(tmpdir(), 'soatso-two-a-')), mkdtempSync(join(tmpdir(), 'soatso-two-b-'))] as const;
  const ports = [Number(process.env.PW_PORT ?? 3100) + 50, Number(process.env.PW_PORT ?? 3100) + 51] as const;
  const env = { DATABASE_URL: database.url, ...LIMITS };
  const a = new Server({ host: HOST, port: ports[0], dataDir: dirs[0], rounds: 1, rows: KILL_ROWS });
  const b = new Server({ host: HOST, port: ports[1], dataDir: dirs[1], rounds: 1, rows: KILL_ROWS });
  process.env.DATABASE_URL = database.url;
  try {
    const reviewer = createReviewer(dirs[0], 'two-servers-reviewer');
    await timed('start both servers', () => Promise.all([a.start(1, (r) => r.ok, env), b.start(1, (r) => r.ok, env)]));
    const health = (await (await fetch(`${b.url}/api/health`)).json()) as { database?: string };
    check(health.database === 'postgres', `/api/health checks PostgreSQL (${JSON.stringify(health)})`);
    await signInScript(a.url, reviewer);
    await timed('seen on both', () => seenOnBoth(a, b, database.url));
    await timed(`${PARALLEL_UPLOADS} parallel uploads`, () => parallelUploads(a, b));
    await timed('kill mid-upload', () => killMidUpload(a, b, database.url));
  } finally {
    await Promise.all([a.kill('SIGTERM'), b.kill('SIGTERM')]);
    await database.drop();
    if (problems.length === 0) for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    else console.error(`server logs kept in ${dirs.join(' and ')}`);
  }
  console.log(`\n${problems.length === 0 ? 'all checks passed' : `${problems.length} checks failed`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 2;
  },
);
