import fc from 'fast-check';
import { vi } from 'vitest';
import { compileRegExpsToMachineCode } from './lib/server/regexp-tier';

// As the CLIs and the server do: the claim patterns compile in a fraction of the time.
compileRegExpsToMachineCode();

/**
 * `npm run test:props` sets SOATSO_PROPERTY_RUNS (10 000): every property then runs that many
 * cases, including the ones whose test names their own count. Without it (CI, `npx vitest run`)
 * each test keeps its own count, and fast-check's default (100) where it names none.
 */
const runs = Number(process.env.SOATSO_PROPERTY_RUNS ?? '');
const scaled = Number.isSafeInteger(runs) && runs > 0;

if (scaled) fc.configureGlobal({ numRuns: runs });

vi.mock('fast-check', async (importOriginal) => {
  const original = await importOriginal<{ default: typeof fc }>();
  const count = Number(process.env.SOATSO_PROPERTY_RUNS ?? '');
  if (!(Number.isSafeInteger(count) && count > 0)) return original;
  const real = original.default;
  // Overloads cannot be re-implemented one by one: the wrapper passes each call through unchanged but for numRuns.
  const assert = ((property: fc.IRawProperty<unknown>, params?: fc.Parameters<unknown>) =>
    real.assert(property, { ...params, numRuns: count })) as typeof real.assert;
  return { ...original, default: { ...real, assert }, assert };
});
