import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { rowCountOfParts, rowPartAt } from '../store/dataset-parts';
import { SAMPLE_CSV } from '../testing/sample-tables';
import { runJob, type JobOf } from './jobs';

const LIMITS = { maxUploadBytes: 10 * 1024 * 1024, maxRows: 50_000 };
const csv = (text: string) => [{ name: 'bang.csv', bytes: new TextEncoder().encode(text) }];
const prepare = (text: string): JobOf<'prepare-upload'> => ({
  kind: 'prepare-upload',
  files: csv(text),
  limits: LIMITS,
  target: { id: 'ds-1', name: 'Bảng', createdAt: '2026-12-05T00:00:00.000Z' },
});

describe('runJob', () => {
  it.each([
    ['a prepared upload names its packed rows and indicators', prepare(SAMPLE_CSV), 5 + 2 * 5],
    ['an analysis names nothing', { kind: 'analyse-upload', files: csv(SAMPLE_CSV), limits: LIMITS } as const, 0],
  ])('%s for transfer', async (_name, job, buffers) => {
    expect((await runJob(job)).transfer).toHaveLength(buffers);
  });

  it('a prepared upload crosses a port with its buffers moved, and reads the same on the other side', async () => {
    const { result, transfer } = await runJob(prepare(SAMPLE_CSV));
    if (!result.ok || !('prepared' in result.value)) throw new Error('the job failed');
    const parts = result.value.prepared.parts;
    const before = Array.from({ length: rowCountOfParts(parts) }, (_, i) => rowPartAt(parts.rows, i));
    const { port1, port2 } = new MessageChannel();
    port1.postMessage(result, [...transfer]);
    const moved = receiveMessageOnPort(port2)?.message as typeof result;
    port1.close();
    // Moved, not copied: this side's buffers are empty now.
    expect(parts.rows.jsons.bytes.byteLength).toBe(0);
    if (!moved.ok || !('prepared' in moved.value)) throw new Error('nothing arrived');
    const after = moved.value.prepared.parts;
    expect(Array.from({ length: rowCountOfParts(after) }, (_, i) => rowPartAt(after.rows, i))).toEqual(before);
  });

  describe('edge cases', () => {
    it('a refused upload names nothing for transfer', async () => {
      const { result, transfer } = await runJob(prepare('không phải bảng'));
      expect(result.ok).toBe(false);
      expect(transfer).toEqual([]);
    });
  });
});
