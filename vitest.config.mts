import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // `server-only` throws outside a React Server environment; tests exercise lib/server directly.
      'server-only': fileURLToPath(new URL('./lib/server/testing/server-only-stub.ts', import.meta.url)),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'scripts/**/*.test.ts', 'app/**/*.test.ts'],
    environment: 'node',
    // Builds dist/worker/soatso-worker.cjs, the worker pool's thread (see scripts/build-worker.mjs).
    globalSetup: ['scripts/vitest-global-setup.mjs'],
    setupFiles: ['./vitest.setup.ts'],
    // The handlers are called without a client address; rate-limit tests set their own limits.
    // The server log stays quiet (lib/server/log); its tests give their own logger.
    // DATABASE_URL is cleared: the unit run is on SQLite; PostgreSQL has `npm run test:pg`.
    env: { SOATSO_RATE_LIMITS: 'off', LOG_LEVEL: 'silent', DATABASE_URL: '' },
  },
});
