import vue from '@vitejs/plugin-vue';
import type {} from './src/test-support/provided.js';
import { defineConfig } from 'vitest/config';
import { browser } from '@vidkit/tooling/vitest/browser';
import { emulatorSetup } from '@vidkit/tooling/vitest/project';

const browserTests = ['src/**/*.browser.test.ts'];
// Each browser project gets its own emulator from the shared setup (fault injection and request counts are per
// emulator) and runs its files one by one.
const browserProject = (vueMinor: string) => ({
  include: browserTests,
  // A fresh `instances` per project: Vitest names the instance after its project.
  browser: { ...browser, instances: [{ browser: 'chromium' as const }], commands: emulatorSetup.commands },
  provide: { vueMinor },
  globalSetup: emulatorSetup.globalSetup,
  fileParallelism: false,
});

// `vue` resolves to the `vue-34` npm alias (Vue 3.4.38, the lowest minor of the peer range).
const vue34Aliases = [
  { find: /^vue$/, replacement: 'vue-34' },
  { find: /^vue\/(.*)$/, replacement: 'vue-34/$1' },
];

export default defineConfig({
  // Defines Vue's compile-time flags (a hydration-mismatch detail flag left undefined warns at hydration).
  plugins: [vue()],
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['src/**/*.test.ts'],
          exclude: browserTests,
          environment: 'node',
          provide: { vueMinor: '3.5' },
        },
      },
      {
        // Server rendering on Vue 3.4: the aliases rewrite our sources, the setup file rewrites the server
        // renderer's own `require('vue')` (Node loads it, not Vite).
        extends: true,
        resolve: { alias: vue34Aliases },
        test: {
          name: 'node-vue-3.4',
          include: ['src/ssr.test.ts', 'src/contract.test.ts'],
          environment: 'node',
          setupFiles: ['src/test-support/vue-34-node.ts'],
          provide: { vueMinor: '3.4' },
        },
      },
      { extends: true, test: { name: 'vue-3.5', ...browserProject('3.5') } },
      {
        // The same browser tests on Vue 3.4: `vue` resolves to the `vue-34` alias.
        extends: true,
        resolve: { alias: vue34Aliases },
        test: { name: 'vue-3.4', ...browserProject('3.4') },
      },
    ],
  },
});
