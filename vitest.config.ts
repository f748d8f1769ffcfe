import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The `~/` alias of tsconfig.json, for code that pages and tests share.
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit+integration',
          include: ['src/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          globalSetup: ['tests/setup/pocketbase-global.ts'],
        },
      },
      {
        // Real `astro build`s of fixture curricula: one file at a time, as builds share .astro/.
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], fileParallelism: false, testTimeout: 120_000 },
      },
      {
        // scripts/test.mjs run on scratch projects: no PocketBase, no site build.
        extends: true,
        test: { name: 'runner', include: ['tests/runner/**/*.test.ts'] },
      },
    ],
  },
});
