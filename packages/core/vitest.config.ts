import { defineConfig } from 'vitest/config';
import { browser } from '@vidkit/tooling/vitest/browser';
import { emulatorSetup } from '@vidkit/tooling/vitest/project';

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
        optimizeDeps: { include: ['hls.js', 'hls.js/light'] },
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.ts'],
          browser: { ...browser, commands: emulatorSetup.commands },
          // The repo's shared setup: one real emulator for this project (tooling/vitest/global-setup.ts).
          globalSetup: emulatorSetup.globalSetup,
        },
      },
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
