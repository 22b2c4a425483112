/**
 * `npm run test:attack -- [--port 3100] [--build]`
 *
 * Issue 9's attacks against a real production server that this script starts itself (`next start`
 * on the port, data in a fresh directory under .data/, killed at the end): lying zip bombs (.xlsx
 * and .docx), a small .docx of 60 MB of honest XML, a quadratic prose text, a 300 000-character
 * line, a 3 M-cell sheet and 700 MB chunked bodies to the export and upload endpoints, all sent at
 * once. While they run it samples the RSS of the server's process tree every 100 ms and polls
 * `GET /`. It prints each answer's status and time, the peak memory, the slowest `/`, then how long
 * 100 KB of the seed report takes through /api/prose.
 * Builds the app first when no build exists (or with --build).
 * Exit status 0 when every attack was answered 4xx (prose attacks: no 5xx) within 10 s, the peak
 * stayed under 1,5 GB, `/` answered within 2 s throughout and the server answers afterwards; else 1.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { buildAttacks, FULL_SCALE } from './attack/payloads';
import { sampleTreeRss } from './attack/process-tree';
import { sendAttack, type AttackAnswer } from './attack/send-attack';
import { createReviewer, signInScript } from './script-session';

const ATTACK_LIMIT_MS = 10_000;
const HOME_LIMIT_MS = 2_000;
const PEAK_LIMIT_BYTES = 1.5 * 1024 ** 3;
const SEED_DIR = join(process.cwd(), '..', 'shared', 'seed');
const SEED_FALLBACK = '/work/shared/seed';

interface Options {
  readonly port: number;
  readonly build: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  let port = Number(process.env.ATTACK_PORT ?? process.env.PW_PORT ?? 3100);
  let build = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--port') port = Number(argv[++i] ?? port);
    else if (argv[i] === '--build') build = true;
  }
  return { port, build };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function ensureBuild(force: boolean): void {
  const built = existsSync('.next/BUILD_ID') && existsSync('dist/worker/soatso-worker.cjs');
  if (built && !force) return;
  console.log('Building (npm run build) …');
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed');
}

/** True when nothing listens on the port yet (another server there would receive the attacks). */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function startServer(port: number, dataDir: string): Promise<ChildProcess> {
  if (!(await portIsFree(port))) throw new Error(`port ${port} is already in use; choose another with --port`);
  const log = openSync(join(dataDir, 'server.log'), 'a');
  const nextBin = join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, SOATSO_DATA_DIR: dataDir, NODE_ENV: 'production' },
    stdio: ['ignore', log, log],
    detached: true,
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}); see ${dataDir}/server.log`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/datasets`)).ok) return child;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error('next start not ready after 60 s');
}

/** Polls `GET /` one request after another; `stop()` gives the slowest answer in ms. */
function pollHome(base: string): { stop(): Promise<{ slowest: number; count: number; failures: number }> } {
  let running = true;
  let slowest = 0;
  let count = 0;
  let failures = 0;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      try {
        const response = await fetch(`${base}/`, { signal: AbortSignal.timeout(30_000) });
        await response.arrayBuffer();
        if (!response.ok) failures++;
      } catch {
        failures++;
      }
      slowest = Math.max(slowest, performance.now() - started);
      count++;
      await sleep(100);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { slowest: Math.round(slowest), count, failures };
    },
  };
}

function seedText(): string {
  const dir = existsSync(SEED_DIR) ? SEED_DIR : SEED_FALLBACK;
  const file = readdirSync(dir).find((f) => f.endsWith('.txt'));
  if (!file) throw new Error(`no seed text in ${dir}`);
  return readFileSync(join(dir, file), 'utf8');
}

/** 100 KB of the seed report (repeated), checked through /api/prose; the time of each of three runs. */
async function timeSeedProse(base: string): Promise<{ status: number; ms: number[]; characters: number }> {
  const seed = seedText();
  let text = seed;
  while (Buffer.byteLength(text, 'utf8') < 100 * 1024) text += `\n\n${seed}`;
  text = Buffer.from(text, 'utf8').subarray(0, 100 * 1024).toString('utf8').replace(/\uFFFD+$/, '');
  const ms: number[] = [];
  let status = 0;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    const response = await fetch(`${base}/api/prose`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: text });
    await response.arrayBuffer();
    ms.push(Math.round(performance.now() - started));
    status = response.status;
  }
  return { status, ms, characters: text.length };
}

function passed(answer: AttackAnswer, expect: '4xx' | 'no-5xx'): boolean {
  const statusOk = expect === '4xx' ? answer.status >= 400 && answer.status < 500 : answer.status >= 200 && answer.status < 500;
  return statusOk && answer.ms <= ATTACK_LIMIT_MS;
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const base = `http://127.0.0.1:${options.port}`;
  ensureBuild(options.build);
  console.log('Building the attacks …');
  const attacks = await buildAttacks(FULL_SCALE);
  for (const a of attacks) {
    const size = a.body.kind === 'bytes' ? `${(a.body.bytes.byteLength / 1024).toFixed(0)} KB` : `${(a.body.size / 1024 ** 2).toFixed(0)} MB streamed`;
    console.log(`  ${a.name.padEnd(32)} ${a.path.padEnd(36)} ${size}`);
  }
  const dataDir = join(process.cwd(), '.data', `attack-${Date.now()}`);
  mkdirSync(dataDir, { recursive: true });
  // The uploads are sent by a signed-in reviewer (created with the user CLI), so they reach the readers.
  const reviewer = createReviewer(dataDir);
  const server = await startServer(options.port, dataDir);
  await signInScript(base, reviewer);
  const pid = server.pid ?? 0;
  try {
    await (await fetch(`${base}/`)).arrayBuffer();
    const sampler = sampleTreeRss(pid, 100);
    const home = pollHome(base);
    const answers = await Promise.all(attacks.map((a) => sendAttack(base, a)));
    const homeResult = await home.stop();
    const peak = sampler.stop();
    const after = await fetch(`${base}/api/datasets`).then((r) => r.status, () => 0);
    const prose = await timeSeedProse(base);

    console.log('\nattack                            expect  status      ms  ok  answer');
    let allOk = true;
    answers.forEach((answer, i) => {
      const expect = attacks[i]?.expect ?? '4xx';
      const ok = passed(answer, expect);
      allOk &&= ok;
      console.log(`${answer.name.padEnd(33)} ${expect.padEnd(7)} ${String(answer.status).padStart(6)} ${String(answer.ms).padStart(7)}  ${ok ? 'yes' : 'NO '} ${answer.body.slice(0, 90)}`);
    });
    const peakOk = peak < PEAK_LIMIT_BYTES;
    const homeOk = homeResult.slowest <= HOME_LIMIT_MS && homeResult.failures === 0;
    console.log(`\npeak RSS of the server's process tree: ${(peak / 1024 ** 2).toFixed(0)} MB (limit ${(PEAK_LIMIT_BYTES / 1024 ** 2).toFixed(0)} MB) ${peakOk ? 'ok' : 'OVER'}`);
    console.log(`GET / meanwhile: ${homeResult.count} requests, slowest ${homeResult.slowest} ms, ${homeResult.failures} failed (limit ${HOME_LIMIT_MS} ms) ${homeOk ? 'ok' : 'TOO SLOW'}`);
    console.log(`GET /api/datasets afterwards: ${after} ${after === 200 ? 'ok' : 'FAILED'}`);
    console.log(`100 KB of the seed report (${prose.characters} characters) through /api/prose: ${prose.status}, ${prose.ms.join(' / ')} ms`);
    return allOk && peakOk && homeOk && after === 200 ? 0 : 1;
  } finally {
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      server.kill('SIGTERM');
    }
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
