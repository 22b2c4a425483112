/**
 * `npx tsx scripts/claims-speed.ts`: how the claim checker scales with text length (issue 9: linear text
 * processing). Times `checkProse` (normalisation, segmentation, claim finding, resolution, verdicts and
 * consistency checks) on the seed report repeated to 100 KB and 1 MB, on 40 KB and 400 KB of short lines,
 * and on one line of 30 000 and 300 000 characters. Each size is timed as the median of a few runs, in
 * CPU time of this process (user + system), which a machine shared with other jobs distorts far less
 * than wall-clock time.
 */
import { readFileSync } from 'node:fs';
import { checkProse } from '../lib/extract/check-prose';

const SEED = readFileSync(new URL('../../shared/seed/000_240dbfc099c0156e.txt', import.meta.url), 'utf8');

function repeatTo(text: string, length: number): string {
  let out = '';
  while (out.length < length) out += `${text}\n`;
  return out.slice(0, length);
}

function shortLines(length: number): string {
  // Lower-case lines without a sentence end: one paragraph that grows with every line (the worst case).
  const lines = ['doanh thu tăng 12,5%', 'so với năm 2020,', '14', 'số hộ nghèo giảm 2,3 điểm phần trăm', ''];
  return repeatTo(lines.join('\n'), length);
}

function oneLine(length: number): string {
  return repeatTo(SEED.replace(/\s+/g, ' '), length).replace(/\n/g, ' ');
}

function medianMs(text: string, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.cpuUsage();
    checkProse(text);
    const used = process.cpuUsage(t0);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

const cases: [string, string, string][] = [
  ['seed text repeated', repeatTo(SEED, 100_000), repeatTo(SEED, 1_000_000)],
  ['short lines', shortLines(40_000), shortLines(400_000)],
  ['one line', oneLine(30_000), oneLine(300_000)],
];
checkProse(SEED);
for (const [name, small, large] of cases) {
  const a = medianMs(small, 3);
  const b = medianMs(large, 3);
  const mbps = Buffer.byteLength(large, 'utf8') / 1e6 / (b / 1000);
  console.log(
    `${name}: ${small.length.toLocaleString('vi-VN')} ký tự ${a.toFixed(0)} ms; ${large.length.toLocaleString('vi-VN')} ký tự ${b.toFixed(0)} ms` +
      ` → ×${(b / a).toFixed(1)} thời gian cho ×10 văn bản, ${mbps.toFixed(2)} MB/s (UTF-8)`,
  );
}
