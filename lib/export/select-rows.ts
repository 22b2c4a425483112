/**
 * The rows to export: all of them in their order when `keys` is null; otherwise the rows whose
 * key is listed, in the order of `keys` (the order the user sees after sorting). Unknown and
 * repeated keys are skipped.
 *
 * @example
 * selectRows([{ key: 'a' }, { key: 'b' }, { key: 'c' }], (r) => r.key, ['c', 'a', 'x', 'c']) // [{ key: 'c' }, { key: 'a' }]
 * selectRows([{ key: 'a' }], (r) => r.key, null) // [{ key: 'a' }]
 */
export function selectRows<T>(rows: readonly T[], keyOf: (row: T) => string, keys: readonly string[] | null): T[] {
  if (keys === null) return [...rows];
  const byKey = new Map(rows.map((r) => [keyOf(r), r]));
  const seen = new Set<string>();
  const out: T[] = [];
  for (const key of keys) {
    const row = byKey.get(key);
    if (row === undefined || seen.has(key)) continue;
    seen.add(key);
    out.push(row);
  }
  return out;
}
