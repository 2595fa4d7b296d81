import angular from '@analogjs/vite-plugin-angular';
import { fileURLToPath } from 'node:url';
import type {} from './src/test-support/provided.js';
import { defineConfig } from 'vitest/config';
import { browser } from '@vidkit/tooling/vitest/browser';
import { emulatorSetup } from '@vidkit/tooling/vitest/project';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const browserTests = ['src/**/*.browser.test.ts'];
// Each browser project gets its own emulator from the shared setup (fault injection and request counts are per
// emulator) and runs its files one by one.
const browserProject = (changeDetection: 'zone' | 'zoneless', include: string[]) => ({
  include,
  // A fresh `instances` per project: Vitest names the instance after its project.
  browser: { ...browser, instances: [{ browser: 'chromium' as const }], commands: emulatorSetup.commands },
  provide: { changeDetection },
  globalSetup: emulatorSetup.globalSetup,
  fileParallelism: false,
});

export default defineConfig({
  // Compiles components ahead of time, with the spec tsconfig (strictTemplates).
  plugins: [angular({ tsconfig: here('./tsconfig.spec.json'), workspaceRoot: here('.') })],
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    setupFiles: [here('./src/test-support/setup.ts')],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['src/**/*.test.ts'],
          exclude: browserTests,
          environment: 'node',
          provide: { changeDetection: 'zoneless' },
        },
      },
      { extends: true, test: { name: 'zoneless', ...browserProject('zoneless', browserTests) } },
      {
        // Everything again with zone.js loaded: the contract and Angular's own tests.
        extends: true,
        test: {
          name: 'zone.js',
          ...browserProject('zone', browserTests),
          setupFiles: [here('./src/test-support/setup-zone.ts'), here('./src/test-support/setup.ts')],
        },
      },
    ],
  },
});
