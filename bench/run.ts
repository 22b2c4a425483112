/**
 * `npm run bench` (builds first; `npx tsx bench/run.ts` reuses the last build): one benchmark
 * report, every figure measured in this run, with the machine's load average. Prints one table
 * and writes bench/results.json; exit 1 when a budget or floor is missed.
 *
 * Environment: BENCH_PORT (3105), BENCH_STATIC_PORT (3115), BENCH_ROWS (100 000),
 * BENCH_ROUNDS (3), BENCH_LCP_ROUNDS (3), BENCH_RPS_SECONDS (5), CHROME_PATH (/usr/bin/chromium).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { startApp } from './app-server';
import { judge, printReport, type Report } from './report';
import { firstLoadJs } from './first-load-js';
import { measurePeakRss } from './peak-rss';
import { measureClaims, measurePipeline } from './pipeline-paths';
import { measureThroughput } from './throughput';

const env = (name: string, fallback: number): number => {
  const n = Number(process.env[name]);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

const PORT = env('BENCH_PORT', 3105);
const STATIC_PORT = env('BENCH_STATIC_PORT', 3115);
const ROWS = env('BENCH_ROWS', 100_000);
const ROUNDS = env('BENCH_ROUNDS', 3);
const LCP_ROUNDS = env('BENCH_LCP_ROUNDS', 3);
const RPS_SECONDS = env('BENCH_RPS_SECONDS', 5);
const SEED = join(process.cwd(), '..', 'shared', 'seed', '000_240dbfc099c0156e.txt');
const LCP_PAGES = [
  { name: '/', path: '/' },
  { name: 'table page', path: '/bang/bang-2-2009-2022' },
  { name: 'indicator page', path: '/chi-tieu/thu-ngan-sach-tren-dia-ban' },
];

interface LcpOutput {
  readonly preset: string;
  readonly pages: { name: string; path: string; appMs: number; staticMs: number; appRounds: number[]; staticRounds: number[] }[];
}

function stage(name: string): void {
  process.stderr.write(`[bench] ${name}… (load ${loadavg()[0]?.toFixed(2)})\n`);
}

async function main(): Promise<void> {
  const loadBefore = loadavg();
  const startedAt = new Date().toISOString();
  mkdirSync(join(process.cwd(), '.data'), { recursive: true });
  const app = await startApp(PORT);
  try {
    stage('pipeline paths: raw papaparse, CLI, API');
    const pipeline = await measurePipeline(app.base, ROWS, ROUNDS);
    stage('claims on 1 MB of text');
    const claims = await measureClaims(SEED, ROUNDS);
    stage('first-load JS');
    const js = firstLoadJs(process.cwd());
    stage('requests per second');
    const throughput = await measureThroughput(app.base, ROUNDS, RPS_SECONDS);
    stage('peak RSS of a 10 MB upload');
    const rss = await measurePeakRss(app.base, app.pid);
    stage('LCP (Lighthouse)');
    const lcpJson = execFileSync(
      process.execPath,
      [
        'bench/lcp.mjs',
        JSON.stringify({
          appBase: app.base,
          staticPort: STATIC_PORT,
          rounds: LCP_ROUNDS,
          chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
          pages: LCP_PAGES,
        }),
      ],
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    );
    const lcp = JSON.parse(lcpJson) as LcpOutput;
    const report: Report = {
      startedAt,
      finishedAt: new Date().toISOString(),
      loadAverage: { before: loadBefore, after: loadavg() },
      pipeline,
      claims,
      firstLoadJs: js,
      lcp,
      throughput,
      rss,
      budgets: [],
    };
    const judged: Report = { ...report, budgets: judge(report) };
    printReport(judged);
    writeFileSync(join(process.cwd(), 'bench', 'results.json'), `${JSON.stringify(judged, null, 2)}\n`);
    process.exitCode = judged.budgets.every((b) => b.pass) ? 0 : 1;
  } finally {
    app.stop();
  }
}

main().catch((e) => {
  const cause = e instanceof Error && e.cause instanceof Error ? ` (${e.cause.message})` : '';
  console.error(e instanceof Error ? `${e.message}${cause}` : String(e));
  process.exitCode = 2;
});
