/** Which store holds the state: embedded SQLite (the default) or PostgreSQL (`DATABASE_URL` set). */
export type StoreKind = 'sqlite' | 'postgres';

/**
 * The store kind the environment selects: PostgreSQL when `DATABASE_URL` is set and not blank.
 *
 * @example
 * storeKind({}) // 'sqlite'
 * storeKind({ DATABASE_URL: 'postgres://soatso@db/soatso' }) // 'postgres'
 */
export function storeKind(env: Readonly<Record<string, string | undefined>> = process.env): StoreKind {
  return env.DATABASE_URL !== undefined && env.DATABASE_URL.trim() !== '' ? 'postgres' : 'sqlite';
}
