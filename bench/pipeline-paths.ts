/**
 * The pipeline paths of issue 11 item 8, on the same bytes and in alternating rounds:
 * raw papaparse (decode + split), the CLI check (`checkFiles`: the check `npm run verify` starts with; the command then
 * runs the reference checks and the data-quality review, which this figure leaves out) and
 * the API path (`POST /api/datasets` to the response: check, store, build the page data);
 * then `claims` on a 1 MB report text (the seed text repeated), in MB/s.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { runClaimsCli } from '../lib/server/cli/claims-cli';
import { describeTableProblem } from '../lib/tables/messages';
import { checkFiles } from '../lib/verify/check-files';
import { generateReportTable } from './generate-table';
import { httpCall, storeTable } from './http-call';
import { median, timeAsync, timeSync } from './measure';

export interface PipelineFigures {
  readonly rows: number;
  readonly megabytes: number;
  readonly rawMs: number;
  readonly cliMs: number;
  readonly apiMs: number;
  readonly rounds: { raw: number[]; cli: number[]; api: number[] };
}

export interface ClaimsFigures {
  readonly megabytes: number;
  readonly ms: number;
  readonly mbPerSecond: number;
}

/** Uploads the bytes as one dataset, deletes it again, and returns the time to the 201 answer (ms). */
async function postDataset(base: string, bytes: Uint8Array): Promise<number> {
  let id = '';
  const ms = await timeAsync(async () => {
    id = await storeTable(base, bytes, 'bench.csv');
  });
  await httpCall('DELETE', `${base}/api/datasets/${id}`);
  return ms;
}

/**
 * @example await measurePipeline('http://127.0.0.1:3105', 100_000, 3) // { rawMs, cliMs, apiMs, … }
 */
export async function measurePipeline(base: string, rows: number, rounds: number): Promise<PipelineFigures> {
  const bytes = generateReportTable(rows);
  const raw = (): void => {
    const parsed = Papa.parse<string[]>(new TextDecoder('utf-8').decode(bytes), { delimiter: ';' });
    if (parsed.data.length < rows) throw new Error('raw parse lost rows');
  };
  const cli = (): void => {
    const out = checkFiles([{ name: 'bench.csv', bytes }]);
    if (!out.ok) throw new Error(describeTableProblem(out.error, 'vi'));
  };
  // Warm up every path (JIT, the server's first compile of the route), then alternate.
  raw();
  cli();
  await postDataset(base, bytes);
  const times = { raw: [] as number[], cli: [] as number[], api: [] as number[] };
  for (let i = 0; i < rounds; i++) {
    times.raw.push(timeSync(raw));
    times.cli.push(timeSync(cli));
    times.api.push(await postDataset(base, bytes));
  }
  return {
    rows,
    megabytes: bytes.byteLength / 1e6,
    rawMs: median(times.raw),
    cliMs: median(times.cli),
    apiMs: median(times.api),
    rounds: times,
  };
}

/**
 * `claims --json` (the CLI, reading the file and the bundled tables) on the seed text repeated to 1 MB.
 * @example await measureClaims('../shared/seed/000_240dbfc099c0156e.txt', 3) // { mbPerSecond: 2.4, … }
 */
export async function measureClaims(seedPath: string, rounds: number): Promise<ClaimsFigures> {
  const seed = readFileSync(seedPath, 'utf8');
  const copies = Math.ceil(1e6 / Buffer.byteLength(seed, 'utf8'));
  const text = Array.from({ length: copies }, () => seed).join('\n\n');
  const dir = mkdtempSync(join(tmpdir(), 'soatso-bench-'));
  const file = join(dir, 'bao-cao-1mb.txt');
  writeFileSync(file, text, 'utf8');
  const io = { stdout: (): void => {}, stderr: (s: string): void => void process.stderr.write(s) };
  const run = async (): Promise<void> => {
    const code = await runClaimsCli([file, '--data', 'data', '--json'], io);
    if (code === 2) throw new Error('claims could not read the text');
  };
  try {
    await run();
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) times.push(await timeAsync(run));
    const ms = median(times);
    const megabytes = Buffer.byteLength(text, 'utf8') / 1e6;
    return { megabytes, ms, mbPerSecond: megabytes / (ms / 1000) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
