import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { readPoolConfig } from './pool-config';

describe('readPoolConfig', () => {
  it('defaults to the machine parallelism, a queue of 256, 8 s and 512 MB', () => {
    expect(readPoolConfig({})).toEqual({ threads: Math.max(1, availableParallelism()), queue: 256, timeoutMs: 30_000, memoryMb: 512 });
  });

  it('reads every setting from the environment', () => {
    const env = { SOATSO_JOB_THREADS: '4', SOATSO_JOB_QUEUE: '10', SOATSO_JOB_TIMEOUT_MS: '2000', SOATSO_JOB_MEMORY_MB: '256' };
    expect(readPoolConfig(env)).toEqual({ threads: 4, queue: 10, timeoutMs: 2000, memoryMb: 256 });
  });
});

describe('edge cases', () => {
  it.each(['', '0', '-3', '1.5', 'many', '1e400'])('SOATSO_JOB_THREADS=%j falls back to the default', (raw) => {
    expect(readPoolConfig({ SOATSO_JOB_THREADS: raw }).threads).toBe(Math.max(1, availableParallelism()));
  });
});
