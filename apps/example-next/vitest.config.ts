import { defineConfig } from 'vitest/config';

// The end-to-end suite drives the production build (`next build` first) in Chromium through playwright-core.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 90_000,
  },
});
