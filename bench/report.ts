/** The benchmark's budgets and floors, judged on one run's figures, and the one printed table. */
import type { RouteJs } from './first-load-js';
import type { RssFigures } from './peak-rss';
import type { ClaimsFigures, PipelineFigures } from './pipeline-paths';
import type { ThroughputFigures } from './throughput';

export interface Budget {
  readonly name: string;
  readonly measured: string;
  readonly limit: string;
  readonly pass: boolean;
}

export interface Report {
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly loadAverage: { readonly before: number[]; readonly after: number[] };
  readonly pipeline: PipelineFigures;
  readonly claims: ClaimsFigures;
  readonly firstLoadJs: readonly RouteJs[];
  readonly lcp: { readonly preset: string; readonly pages: readonly { name: string; path: string; appMs: number; staticMs: number }[] };
  readonly throughput: ThroughputFigures;
  readonly rss: RssFigures;
  readonly budgets: readonly Budget[];
}

const JS_BUDGET_BYTES = 200 * 1024;
const LCP_RATIO = 1.3;
const HOME_RPS_RATIO = 0.3;
const CLI_FLOOR = 0.15;
const API_WITHIN = 2;
const CLAIMS_MB_S = 1;

const ratio = (x: number): string => `${x.toFixed(2).replace('.', ',')}×`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Every budget and floor with its measured value, pass or fail.
 * @example judge(report).filter((b) => !b.pass).map((b) => b.name) // ['rps of / ÷ static file']
 */
export function judge(r: Report): Budget[] {
  const p = r.pipeline;
  const out: Budget[] = [
    { name: 'CLI path / raw papaparse', measured: ratio(p.rawMs / p.cliMs), limit: `≥ ${ratio(CLI_FLOOR)}`, pass: p.rawMs / p.cliMs >= CLI_FLOOR },
    { name: 'API path / CLI path (time)', measured: ratio(p.apiMs / p.cliMs), limit: `≤ ${ratio(API_WITHIN)}`, pass: p.apiMs / p.cliMs <= API_WITHIN },
    { name: 'claims on 1 MB', measured: `${r.claims.mbPerSecond.toFixed(2)} MB/s`, limit: `≥ ${CLAIMS_MB_S} MB/s`, pass: r.claims.mbPerSecond >= CLAIMS_MB_S },
  ];
  for (const js of r.firstLoadJs) {
    out.push({ name: `first-load JS ${js.route}`, measured: kb(js.gzipBytes), limit: `≤ ${kb(JS_BUDGET_BYTES)}`, pass: js.gzipBytes <= JS_BUDGET_BYTES });
  }
  for (const page of r.lcp.pages) {
    const x = page.appMs / page.staticMs;
    out.push({ name: `LCP ${page.name} / static copy`, measured: ratio(x), limit: `≤ ${ratio(LCP_RATIO)}`, pass: x <= LCP_RATIO });
  }
  const home = r.throughput.homeRps / r.throughput.staticRps;
  out.push({ name: 'rps of / ÷ static file', measured: ratio(home), limit: `≥ ${ratio(HOME_RPS_RATIO)}`, pass: home >= HOME_RPS_RATIO });
  return out;
}

/** Prints the one table: figures first, then every budget with pass/fail. */
export function printReport(r: Report): void {
  const p = r.pipeline;
  const t = r.throughput;
  const load = (xs: readonly number[]): string => xs.map((x) => x.toFixed(2)).join(' / ');
  const rows: [string, string][] = [
    ['load average (1/5/15 min) before', load(r.loadAverage.before)],
    ['load average (1/5/15 min) after', load(r.loadAverage.after)],
    [`table: ${p.rows.toLocaleString('en')} rows, ${p.megabytes.toFixed(2)} MB`, `median of ${p.rounds.raw.length} alternating rounds`],
    ['raw papaparse (decode + split)', `${p.rawMs.toFixed(0)} ms, ${(p.megabytes / (p.rawMs / 1000)).toFixed(1)} MB/s`],
    ['CLI check (checkFiles)', `${p.cliMs.toFixed(0)} ms, ${(p.megabytes / (p.cliMs / 1000)).toFixed(1)} MB/s`],
    ['API POST /api/datasets (check, store, page data)', `${p.apiMs.toFixed(0)} ms, ${(p.megabytes / (p.apiMs / 1000)).toFixed(1)} MB/s`],
    [`claims --json on ${r.claims.megabytes.toFixed(2)} MB of text`, `${r.claims.ms.toFixed(0)} ms, ${r.claims.mbPerSecond.toFixed(2)} MB/s`],
    ...r.firstLoadJs.map((js): [string, string] => [`first-load JS ${js.route}`, `${kb(js.gzipBytes)} gzip (${kb(js.rawBytes)} raw)`]),
    ...r.lcp.pages.map((page): [string, string] => [
      `LCP ${page.name} (${page.path})`,
      `${page.appMs.toFixed(0)} ms vs static copy ${page.staticMs.toFixed(0)} ms`,
    ]),
    [`rps static file (${t.staticFile.split('/').pop() ?? ''})`, t.staticRps.toFixed(0)],
    ['rps /', t.homeRps.toFixed(0)],
    ['rps POST /api/verify (3-row table)', t.verifyRps.toFixed(0)],
    [`peak RSS, ${r.rss.uploadMegabytes.toFixed(1)} MB upload`, `${r.rss.peakMegabytes.toFixed(0)} MB (${r.rss.beforeMegabytes.toFixed(0)} MB before)`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length), ...r.budgets.map((b) => b.name.length)) + 2;
  console.log(`soatso benchmark, ${r.startedAt} → ${r.finishedAt} (LCP: ${r.lcp.preset})`);
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}${v}`);
  console.log('');
  console.log(`${'budget'.padEnd(width)}${'measured'.padEnd(14)}${'limit'.padEnd(14)}result`);
  for (const b of r.budgets) console.log(`${b.name.padEnd(width)}${b.measured.padEnd(14)}${b.limit.padEnd(14)}${b.pass ? 'PASS' : 'FAIL'}`);
}
