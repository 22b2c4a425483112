/**
 * The store contract: one suite of cases every store must pass, SQLite (store-contract.sqlite.test.ts,
 * in the normal vitest run) and PostgreSQL (store-contract.pg-test.ts, `npm run test:pg`). A store
 * passes a fresh, empty set of stores to each case. The cases: store-contract-datasets.ts,
 * store-contract-team.ts and store-contract-references.ts.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect } from 'vitest';
import { describeDatasetContract } from './store-contract-datasets';
import { useTableGenerator, type ContractHarness, type ContractStores } from './store-contract-fixtures';
import { describeReferenceContract } from './store-contract-references';
import { describeTeamContract } from './store-contract-team';

export type { ContractHarness, ContractStores } from './store-contract-fixtures';

/**
 * Declares the contract's cases for one store.
 *
 * @example
 * describeStoreContract('SQLite', { open: async () => …, reset: async (s) => …, close: async (s) => … });
 */
export function describeStoreContract(label: string, harness: ContractHarness): void {
  useTableGenerator(harness.generateTable);
  describe(`store contract: ${label}`, () => {
    let opened: ContractStores | null = null;
    let s: ContractStores;

    beforeAll(async () => {
      opened = await harness.open();
    }, 60_000);
    beforeEach(async () => {
      if (!opened) throw new Error('the store did not open');
      opened = await harness.reset(opened);
      s = opened;
    });
    afterAll(async () => {
      if (opened) await harness.close(opened);
    });
    afterEach(async () => {
      expect(await s.checkIntegrity()).toBe('ok');
    });

    describeDatasetContract(() => s);
    describeTeamContract(() => s);
    describeReferenceContract(() => s);
  });
}
