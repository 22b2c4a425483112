import { getPriority } from 'node:os';
import { describe, expect, it } from 'vitest';
import { SAMPLE_CSV } from '../testing/sample-tables';
import type { JobOf } from './jobs';
import { poolRefusal } from './run-in-pool';
import { indicatorPartsOf, rowCountOfParts, rowPartAt } from '../store/dataset-parts';
import { createPool, workerFile } from './worker-pool';

const CONFIG = { threads: 1, queue: 4, timeoutMs: 30_000, memoryMb: 256 };
const LIMITS = { maxUploadBytes: 10 * 1024 * 1024, maxRows: 50_000 };

function upload(text: string): JobOf<'analyse-upload'> {
  return { kind: 'analyse-upload', files: [{ name: 'bang.csv', bytes: new TextEncoder().encode(text) }], limits: LIMITS };
}

describe('createPool', () => {
  it('runs a job in a worker thread and gives back its answer', async () => {
    const priority = getPriority();
    const outcome = await createPool(CONFIG, workerFile()).run(upload(SAMPLE_CSV));
    expect(outcome.ok && outcome.value.ok && outcome.value.value.results.map((r) => r.verdict)).toEqual(['match', 'mismatch', 'wrong_direction']);
    // The worker lowers its own thread's priority only.
    expect(getPriority()).toBe(priority);
  });

  it("hands a prepared upload's rows and indicators to the server's thread intact", async () => {
    const job: JobOf<'prepare-upload'> = {
      kind: 'prepare-upload',
      files: [{ name: 'bang.csv', bytes: new TextEncoder().encode(SAMPLE_CSV) }],
      limits: LIMITS,
      target: { id: 'ds-1', name: 'Bảng', createdAt: '2026-12-05T00:00:00.000Z' },
    };
    const outcome = await createPool(CONFIG, workerFile()).run(job);
    if (!outcome.ok || !outcome.value.ok) throw new Error('the job failed');
    const { rows } = outcome.value.value.prepared.parts;
    const texts = Array.from({ length: rowCountOfParts(outcome.value.value.prepared.parts) }, (_, i) => rowPartAt(rows, i));
    expect(texts.map((r) => (JSON.parse(r.json) as { verdict: string }).verdict)).toEqual(['match', 'mismatch', 'wrong_direction']);
    expect(texts.map((r) => r.indicatorId)).toEqual(['gdp-binh-quan-dau-nguoi', 'thu-ngan-sach', 'ty-le-ho-ngheo']);
    expect(indicatorPartsOf(outcome.value.value.prepared.parts.indicators).map((i) => i.name)).toEqual(['GDP bình quân đầu người', 'Thu ngân sách', 'Tỷ lệ hộ nghèo']);
  });

  it('keeps serving after a job is ended', async () => {
    const pool = createPool({ ...CONFIG, timeoutMs: 1 }, workerFile());
    expect(await pool.run(upload(SAMPLE_CSV))).toEqual({ ok: false, reason: 'timeout' });
    expect(pool.load()).toEqual({ running: 0, waiting: 0 });
  });
});

describe('edge cases', () => {
  it('a job over the heap limit is ended as memory', async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => `${i};Chỉ tiêu số ${i} của bảng;Tấn;${i},5;${i + 1},5;Tăng 1,2%`).join('\n');
    const pool = createPool({ ...CONFIG, memoryMb: 16 }, workerFile());
    expect(await pool.run(upload(`STT;Chỉ tiêu;Đơn vị tính;Năm 2015;Năm 2020;So sánh\n${rows}`))).toEqual({ ok: false, reason: 'memory' });
  }, 60_000);

  it('a full queue answers busy at once', async () => {
    const pool = createPool({ ...CONFIG, queue: 1 }, workerFile());
    const jobs = [pool.run(upload(SAMPLE_CSV)), pool.run(upload(SAMPLE_CSV)), pool.run(upload(SAMPLE_CSV))];
    const outcomes = await Promise.all(jobs);
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.reason))).toEqual(['ok', 'ok', 'busy']);
  });

  it('a missing worker file is unavailable, not a crash', async () => {
    expect(await createPool(CONFIG, '/nonexistent/worker.cjs').run(upload(SAMPLE_CSV))).toEqual({ ok: false, reason: 'unavailable' });
  });

  it.each([
    ['timeout', 422],
    ['memory', 413],
    ['busy', 503],
    ['crashed', 422],
    ['unavailable', 503],
    ['stopping', 503],
  ] as const)('%s is refused with %i, in both languages', (reason, status) => {
    const refusal = poolRefusal(reason);
    expect(refusal.status).toBe(status);
    expect(refusal.text.vi).not.toBe(refusal.text.en);
    expect(refusal.retryAfter !== undefined).toBe(status === 503);
  });
});
