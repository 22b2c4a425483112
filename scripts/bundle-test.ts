/**
 * `npm run test:bundle [-- <tarball>] [--keep]`: the offline install, tested the way a province
 * installs it. Unpacks the tarball of `npm run bundle` in a fresh temp directory and, with no
 * network (a network namespace with loopback only, via `unshare -rn`, when the kernel allows it),
 * an empty HOME, a dead registry and no node_modules outside that directory:
 *
 *  1. creates the first admin with the bundled CLI (bin/soatso-user.cjs; native argon2),
 *  2. starts `node server.js` and GETs `/` (the bundled Cao Bằng report), `/api/health` (native
 *     better-sqlite3) and `/api/datasets/cao-bang/decisions`,
 *  3. POSTs a table to `/api/verify` (the worker pool and its packages), signs in (argon2 in the
 *     server), checks the JSON request log (x-request-id, no password),
 *  4. backs up the running server with bin/soatso-backup.cjs, sees restore refused while it runs,
 *  5. stops it with SIGTERM (graceful: exit 143, store checkpointed, pid file gone) and restores.
 *
 * Exit 0 when every step passed; each failure is printed with its step.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, parse } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SAMPLE_CSV } from '../lib/server/testing/sample-tables';
import { tarballPath } from './bundle-path';

const root = fileURLToPath(new URL('..', import.meta.url));
const NS_MARK = 'SOATSO_BUNDLE_TEST_NO_NETWORK';
const PORT = Number(process.env.PW_PORT ?? 3290);
const BASE = `http://127.0.0.1:${PORT}`;
const PASSWORD = 'mot-mat-khau-rat-dai-cho-kiem-thu';

const failures: string[] = [];
const timings: string[] = [];

function check(step: string, ok: boolean, detail = ''): void {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${step}${detail ? ` (${detail})` : ''}`);
  if (!ok) failures.push(step);
}

/** Re-runs this script inside a network namespace with only loopback; null when unshare is refused. */
function rerunWithoutNetwork(): number | null {
  if (process.env[NS_MARK] === '1') return null;
  const probe = spawnSync('unshare', ['-rn', 'true']);
  if (probe.status !== 0) return null;
  const ip = ['/usr/sbin/ip', '/sbin/ip', '/usr/bin/ip'].find((p) => existsSync(p)) ?? 'ip';
  const command = [process.execPath, ...process.execArgv, process.argv[1] ?? '', ...process.argv.slice(2)];
  const run = spawnSync('unshare', ['-rn', 'sh', '-c', `${ip} link set lo up && exec "$@"`, 'sh', ...command], {
    stdio: 'inherit',
    env: { ...process.env, [NS_MARK]: '1' },
  });
  return run.status ?? 1;
}

/** Directories from `dir` up to the root that hold a node_modules (there must be none). */
function nodeModulesAbove(dir: string): string[] {
  const found: string[] = [];
  for (let at = dirname(dir); ; at = dirname(at)) {
    if (existsSync(join(at, 'node_modules'))) found.push(at);
    if (at === parse(at).root) return found;
  }
}

async function waitForServer(server: ChildProcess, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until && server.exitCode === null) {
    try {
      if ((await fetch(`${BASE}/api/health?probe=0`)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

function exited(server: ChildProcess, timeoutMs: number): Promise<number | null> {
  if (server.exitCode !== null) return Promise.resolve(server.exitCode);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), timeoutMs);
    server.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

async function main(): Promise<number> {
  const isolated = rerunWithoutNetwork();
  if (isolated !== null) return isolated;
  const inNamespace = process.env[NS_MARK] === '1';
  const tarball = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? tarballPath(root);
  if (!existsSync(tarball)) {
    console.error(`test:bundle: ${tarball} is missing; run "npm run bundle" first`);
    return 1;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'soatso-offline-'));
  const home = join(tmp, 'home');
  const dataDir = join(tmp, 'data');
  const app = join(tmp, 'app', 'soatso');
  mkdirSync(home);
  mkdirSync(dirname(app));
  let server: ChildProcess | null = null;
  try {
    console.log(`network: ${inNamespace ? 'none (network namespace, loopback only)' : 'not isolated (unshare refused); registry and proxies point at a dead port'}`);
    if (inNamespace) {
      const outside = await fetch('https://registry.npmjs.org/', { signal: AbortSignal.timeout(5000) }).then(
        () => 'reachable',
        () => 'unreachable',
      );
      check('the registry is unreachable', outside === 'unreachable');
    }
    let started = Date.now();
    spawnSync('tar', ['-xzf', tarball, '-C', dirname(app)], { stdio: 'inherit' });
    timings.push(`unpack ${Date.now() - started} ms`);
    check('the tarball unpacks to soatso/server.js', existsSync(join(app, 'server.js')));
    check('no node_modules above the install', nodeModulesAbove(app).length === 0, nodeModulesAbove(app).join(', '));

    const env: NodeJS.ProcessEnv = {
      PATH: `${dirname(process.execPath)}:/usr/bin:/bin`,
      HOME: home,
      TMPDIR: tmp,
      NODE_ENV: 'production',
      PORT: String(PORT),
      HOSTNAME: '127.0.0.1',
      SOATSO_DATA_DIR: dataDir,
      SOATSO_SHUTDOWN_GRACE_MS: '30000',
      SOATSO_JOB_TIMEOUT_MS: '30000',
      NEXT_TELEMETRY_DISABLED: '1',
      npm_config_registry: 'http://127.0.0.1:9',
      npm_config_offline: 'true',
      http_proxy: 'http://127.0.0.1:9',
      https_proxy: 'http://127.0.0.1:9',
      LOG_LEVEL: 'info',
    };
    const node = process.execPath;

    const admin = spawnSync(node, ['bin/soatso-user.cjs', 'add', 'quan-tri', '--role', 'admin'], { cwd: app, env, input: `${PASSWORD}\n`, encoding: 'utf8' });
    check('bin/soatso-user.cjs creates the first admin', admin.status === 0, admin.stderr.trim());

    started = Date.now();
    const running = spawn(node, ['server.js'], { cwd: app, env, stdio: ['ignore', 'pipe', 'pipe'] });
    server = running;
    let output = '';
    running.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    running.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const up = await waitForServer(running, 60_000);
    timings.push(`server ready ${Date.now() - started} ms`);
    check('node server.js starts', up, up ? '' : output.slice(-2000));
    if (!up) return 1;

    const home200 = await fetch(`${BASE}/`);
    const page = await home200.text();
    check('GET / is 200 with the bundled Cao Bằng report', home200.status === 200 && page.includes('Cao Bằng'), `status ${home200.status}`);

    const health = await fetch(`${BASE}/api/health`);
    const healthBody = (await health.json()) as { store?: string };
    check('GET /api/health is 200, store ok', health.status === 200 && healthBody.store === 'ok', JSON.stringify(healthBody));
    const requestId = health.headers.get('x-request-id');
    check('the answer carries x-request-id', requestId !== null && requestId.length > 0, String(requestId));

    const decisions = await fetch(`${BASE}/api/datasets/cao-bang/decisions`);
    const decisionsBody = (await decisions.json()) as { findings?: number; open?: number };
    check(
      'GET /api/datasets/cao-bang/decisions counts the bundled findings',
      decisions.status === 200 && (decisionsBody.findings ?? 0) > 0 && decisionsBody.open === decisionsBody.findings,
      JSON.stringify(decisionsBody).slice(0, 80),
    );

    const verify = await fetch(`${BASE}/api/verify`, { method: 'POST', headers: { 'content-type': 'text/csv', origin: BASE }, body: SAMPLE_CSV });
    const verifyBody = (await verify.json()) as { results?: { verdict: string }[] };
    check('POST /api/verify runs in the worker pool', verify.status === 200 && verifyBody.results?.map((r) => r.verdict).join() === 'match,mismatch,wrong_direction', `status ${verify.status}`);

    const signIn = await fetch(`${BASE}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: BASE },
      body: JSON.stringify({ name: 'quan-tri', password: PASSWORD }),
    });
    check('the admin signs in (argon2 in the server)', signIn.status === 200 && (signIn.headers.get('set-cookie') ?? '').length > 0, `status ${signIn.status}`);

    const lines = output.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
    const logged = lines.find((l) => l.event === 'request' && l.requestId === requestId);
    check('the request log has the health request with route, status and duration', logged?.route === '/api/health' && logged.status === 200 && typeof logged.durationMs === 'number');
    check('the log holds no password', !output.includes(PASSWORD));

    started = Date.now();
    const backupFile = join(tmp, 'backup.db');
    const backup = spawnSync(node, ['bin/soatso-backup.cjs', 'backup', backupFile], { cwd: app, env, encoding: 'utf8' });
    timings.push(`backup ${Date.now() - started} ms`);
    check('bin/soatso-backup.cjs backs up the running server', backup.status === 0, backup.stderr.trim());
    const refused = spawnSync(node, ['bin/soatso-backup.cjs', 'restore', backupFile], { cwd: app, env, encoding: 'utf8' });
    check('restore is refused while the server runs', refused.status === 1 && refused.stderr.includes('is running'), refused.stderr.trim());

    // A table long enough that its check is still running in the worker pool when SIGTERM comes.
    const rows = Array.from({ length: 8_000 }, (_, i) => `${i + 1};Chỉ tiêu ${i + 1};Tấn;${i + 10},5;${i + 12},5;Tăng ${i % 9},1%`);
    const longTable = ['STT;Chỉ tiêu;Đơn vị tính;Năm 2015;Năm 2020;Năm 2020 so với năm 2015', ...rows].join('\n');
    const inFlight = fetch(`${BASE}/api/verify`, { method: 'POST', headers: { 'content-type': 'text/csv', origin: BASE }, body: longTable });
    await new Promise((resolve) => setTimeout(resolve, 600));

    started = Date.now();
    running.kill('SIGTERM');
    const answer = await inFlight;
    const answered = (await answer.json()) as { results?: unknown[] };
    check('the check in flight at SIGTERM finishes and is answered', answer.status === 200 && answered.results?.length === 8_000, `status ${answer.status}`);
    const code = await exited(running, 30_000);
    timings.push(`shutdown ${Date.now() - started} ms`);
    server = null;
    check('SIGTERM stops the server gracefully (exit 143)', code === 143, `exit ${code}`);
    check('the log says the shutdown began and the store was closed', output.includes('shutdown started') && output.includes('store closed'));
    const lastVerify = output.split('\n').filter((l) => l.includes('"route":"/api/verify"')).at(-1) ?? '';
    console.log(`     log line of the check in flight: ${lastVerify}`);
    console.log(`     shutdown lines: ${output.split('\n').filter((l) => l.includes('"event":"shutdown"') || l.includes('store-closed')).join('\n                     ')}`);
    const left = readdirSync(dataDir);
    check('the store was checkpointed and the pid file removed', !left.includes('soatso.db-wal') && !left.includes('soatso.pid'), left.join(', '));

    started = Date.now();
    const restore = spawnSync(node, ['bin/soatso-backup.cjs', 'restore', backupFile], { cwd: app, env, encoding: 'utf8' });
    timings.push(`restore ${Date.now() - started} ms`);
    check('restore works once the server stopped', restore.status === 0, restore.stderr.trim());
  } finally {
    if (server) {
      server.kill('SIGKILL');
      await exited(server, 5000);
    }
    if (!process.argv.includes('--keep')) rmSync(tmp, { recursive: true, force: true });
    else console.log(`kept: ${tmp}`);
  }
  console.log(`timings: ${timings.join(', ')}`);
  console.log(failures.length === 0 ? 'test:bundle: all passed' : `test:bundle: ${failures.length} failed`);
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
