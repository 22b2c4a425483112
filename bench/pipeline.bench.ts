/**
 * `npm run bench`: throughput of the full read-and-verify pipeline against raw papaparse on the
 * same bytes, in one run. Target: pipeline ≥ 0.7× raw papaparse throughput.
 */
import Papa from 'papaparse';
import { checkFiles } from '../lib/verify/check-files';
import { generateReportTable } from './generate-table';
import { describeTableProblem } from '../lib/tables/messages';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const bytes = generateReportTable(ROWS);
const mb = bytes.byteLength / 1e6;

const raw = () => {
  const text = new TextDecoder('utf-8').decode(bytes);
  const parsed = Papa.parse<string[]>(text, { delimiter: ';' });
  if (parsed.data.length < ROWS) throw new Error('raw parse lost rows');
};
let claims = 0;
const pipeline = () => {
  const out = checkFiles([{ name: 'bench.csv', bytes }]);
  if (!out.ok) throw new Error(describeTableProblem(out.error, 'vi'));
  claims = out.results.length;
};

// Warm up both paths (JIT), then alternate rounds so machine noise hits both alike.
raw();
pipeline();
const rawTimes: number[] = [];
const pipeTimes: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  rawTimes.push(time(raw));
  pipeTimes.push(time(pipeline));
}
const rawMs = median(rawTimes);
const pipeMs = median(pipeTimes);
const ratio = rawMs / pipeMs;

console.log(`Bảng tổng hợp: ${ROWS.toLocaleString('vi-VN')} dòng, ${mb.toFixed(2)} MB, ${claims.toLocaleString('vi-VN')} khẳng định`);
console.log(`papaparse thô (giải mã + tách ô):  ${rawMs.toFixed(0)} ms  → ${(mb / (rawMs / 1000)).toFixed(1)} MB/s`);
console.log(`toàn bộ quy trình (đọc + kiểm tra): ${pipeMs.toFixed(0)} ms  → ${(mb / (pipeMs / 1000)).toFixed(1)} MB/s`);
console.log(`tỷ lệ thông lượng quy trình / papaparse: ${ratio.toFixed(2)}× (mục tiêu ≥ 0,7×) ${ratio >= 0.7 ? 'ĐẠT' : 'CHƯA ĐẠT'}`);
// On a shared, loaded machine the fastest round of each path is the least disturbed one: shown
// beside the medians, never in place of them (the target is judged on the medians above).
const rawBest = Math.min(...rawTimes);
const pipeBest = Math.min(...pipeTimes);
console.log(`lượt nhanh nhất: papaparse ${rawBest.toFixed(0)} ms, quy trình ${pipeBest.toFixed(0)} ms → tỷ lệ ${(rawBest / pipeBest).toFixed(2)}×`);
console.log(`(trung vị của ${ROUNDS} lượt xen kẽ; các lượt papaparse: ${rawTimes.map((t) => t.toFixed(0)).join(', ')}; quy trình: ${pipeTimes.map((t) => t.toFixed(0)).join(', ')})`);
