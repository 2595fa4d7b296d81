import { defineConfig } from 'vitest/config';

// The end-to-end suite drives the production build (`.output/`, from the `build` task) in Chromium.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 90_000,
  },
});
