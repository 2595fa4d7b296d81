import { defineConfig } from 'vitest/config';
import { browser } from '@vidkit/tooling/vitest/browser';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['src/**/*.test.ts'],
          exclude: ['src/**/*.browser.test.ts'],
          environment: 'node',
        },
      },
      { extends: true, test: { name: 'browser', include: ['src/**/*.browser.test.ts'], browser } },
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
