/**
 * vitest global setup of `npm run test:pg`: refuses to run without DATABASE_URL, so the PostgreSQL
 * contract can never pass by being skipped.
 */
export default function requireDatabaseUrl() {
  if ((process.env.DATABASE_URL ?? '').trim() === '') {
    throw new Error(
      'npm run test:pg needs DATABASE_URL. Start a throw-away cluster with `scripts/pg-cluster.sh start` ' +
        '(it prints the URL) and run DATABASE_URL=<url> npm run test:pg, or run `npm test`, which does both.',
    );
  }
}
