import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    globalSetup: ['tests/setup/pocketbase-global.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
