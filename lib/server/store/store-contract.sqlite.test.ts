import { openSqliteStore, type SqliteDatasetStore } from './sqlite-store';
import { SqliteReferenceStore } from './sqlite-reference-store';
import { SqliteTeamStore } from './sqlite-team-store';
import { generateReportTable } from '../../../bench/generate-table';
import { describeStoreContract, type ContractStores } from './store-contract';

/** A fresh in-memory database per case: the same code as the file store, nothing to clean. */
function openFresh(): ContractStores & { readonly base: SqliteDatasetStore } {
  const base = openSqliteStore(':memory:');
  return { base, datasets: base, documents: base.documents, team: new SqliteTeamStore(base), references: new SqliteReferenceStore(base), checkIntegrity: async () => base.checkIntegrity() };
}

const held = new WeakMap<ContractStores, SqliteDatasetStore>();

function open(): ContractStores {
  const stores = openFresh();
  held.set(stores, stores.base);
  return stores;
}

describeStoreContract('SQLite', {
  generateTable: (rows) => generateReportTable(rows),
  open: async () => open(),
  reset: async (stores) => {
    held.get(stores)?.close();
    return open();
  },
  close: async (stores) => held.get(stores)?.close(),
});
