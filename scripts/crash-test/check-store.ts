import Database from 'better-sqlite3';

/** What the direct look at the database found: problems, and the ids of the datasets it holds. */
export interface StoreCheck {
  readonly problems: string[];
  readonly ids: Set<string>;
}

/**
 * Reads the database file directly: integrity, orphans, and that every dataset is whole.
 * @example const { problems, ids } = checkDatabase('/tmp/soatso-crash-x/soatso.db');
 */
export function checkDatabase(path: string): StoreCheck {
  const problems: string[] = [];
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const orphans = db.pragma('foreign_key_check') as unknown[];
    if (orphans.length > 0) problems.push(`${orphans.length} tệp không thuộc bộ dữ liệu nào`);
    const withoutFiles = db
      .prepare('SELECT COUNT(*) FROM datasets d WHERE NOT EXISTS (SELECT 1 FROM dataset_files f WHERE f.dataset_id = d.id)')
      .pluck()
      .get() as number;
    if (withoutFiles > 0) problems.push(`${withoutFiles} bộ dữ liệu không có tệp gốc`);
    const ids = new Set<string>();
    // Since migration 2 the rows live in dataset_rows; dataset_json holds the document only.
    const claimsOf = db.prepare('SELECT COUNT(*) FROM dataset_rows WHERE dataset_id = ? AND claim_position IS NOT NULL').pluck();
    const rows = db.prepare('SELECT id, counts_json, dataset_json, claim_count FROM datasets').iterate() as Iterable<{
      id: string;
      counts_json: string;
      dataset_json: string;
      claim_count: number;
    }>;
    for (const row of rows) {
      ids.add(row.id);
      try {
        JSON.parse(row.counts_json);
        const head = JSON.parse(row.dataset_json) as { document?: { id?: string } };
        if (head.document?.id !== row.id) problems.push(`${row.id}: bộ dữ liệu mang mã khác (${head.document?.id ?? '?'})`);
        if (claimsOf.get(row.id) !== row.claim_count) problems.push(`${row.id}: số khẳng định không khớp tóm tắt`);
      } catch {
        problems.push(`${row.id}: JSON đã lưu không đọc được`);
      }
    }
    return { problems, ids };
  } finally {
    db.close();
  }
}

/**
 * Checks that the API lists exactly the datasets in `ids` and can read each one; the problems found.
 * @example const problems = await checkApi('http://127.0.0.1:3291', ids); // [] when all is well
 */
export async function checkApi(url: string, ids: Set<string>): Promise<string[]> {
  const problems: string[] = [];
  const response = await fetch(`${url}/api/datasets`);
  if (response.status !== 200) return [`GET /api/datasets → ${response.status}`];
  const listed = ((await response.json()) as { datasets: { id: string }[] }).datasets.map((d) => d.id);
  if (listed.length !== ids.size || listed.some((id) => !ids.has(id))) {
    problems.push(`API liệt kê ${listed.length} bộ, cơ sở dữ liệu có ${ids.size}`);
  }
  for (const id of listed) {
    const one = await fetch(`${url}/api/datasets/${id}`);
    if (one.status !== 200) problems.push(`GET /api/datasets/${id} → ${one.status}`);
    else await one.arrayBuffer();
  }
  return problems;
}
