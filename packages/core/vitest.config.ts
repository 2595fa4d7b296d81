import { defineConfig } from 'vitest/config';
import { browser } from '@vidkit/tooling/vitest/browser';
import { vidkitClip, vidkitStartPush, vidkitStopPush } from './test/browser-commands.js';
import { vidkitSourceSha } from './src/upload/test-support/browser-commands.js';

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
      {
        extends: true,
        // The player imports hls.js on demand; pre-bundling it up front avoids a reload in the middle of a run.
        optimizeDeps: { include: ['hls.js'] },
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.ts'],
          browser: { ...browser, commands: { vidkitClip, vidkitStartPush, vidkitStopPush, vidkitSourceSha } },
          // One emulator for the run (see test/global-setup.ts); a node project that needs it adds the same file.
          globalSetup: ['./test/global-setup.ts'],
        },
      },
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
