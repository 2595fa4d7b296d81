import { defineConfig } from 'vitest/config';

// The end-to-end tests drive the built docs site (storybook-static) and `npm start`'s dev servers in Chromium
// through playwright-core.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    environment: 'node',
    // One at a time: each drives Chromium, and the npm start test runs a Storybook dev server per playground and the docs host.
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 60_000,
  },
});
