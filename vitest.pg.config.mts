import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * `npm run test:pg`: the store contract on PostgreSQL (lib/**\/*.pg-test.ts). Needs DATABASE_URL;
 * without it the run fails at once with a message saying so (scripts/require-database-url.mjs),
 * never skipped. `npm test` starts a throw-away cluster for it (scripts/test-all.sh).
 */
export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // As in vitest.config.mts: `server-only` throws outside a React Server environment.
      'server-only': fileURLToPath(new URL('./lib/server/testing/server-only-stub.ts', import.meta.url)),
    },
  },
  test: {
    include: ['lib/**/*.pg-test.ts'],
    environment: 'node',
    globalSetup: ['scripts/require-database-url.mjs'],
    testTimeout: 60_000,
    // Creating and dropping databases takes seconds on a busy machine.
    hookTimeout: 60_000,
  },
});
