import react from '@vitejs/plugin-react';
import type {} from './src/test-support/provided.js';
import { defineConfig } from 'vitest/config';
import { browser } from '@vidkit/tooling/vitest/browser';
import { emulatorSetup } from '@vidkit/tooling/vitest/project';

const browserTests = ['src/**/*.browser.test.tsx'];
// Each browser project gets its own emulator from the shared setup (fault injection and request counts are per
// emulator) and runs its files one by one.
const browserProject = (reactMajor: string) => ({
  include: browserTests,
  // A fresh `instances` per project: Vitest names the instance after its project.
  browser: { ...browser, instances: [{ browser: 'chromium' as const }], commands: emulatorSetup.commands },
  provide: { reactMajor },
  globalSetup: emulatorSetup.globalSetup,
  fileParallelism: false,
});

// `react` and `react-dom` resolve to the `react-18` / `react-dom-18` npm aliases (React 18.3.1).
const react18Aliases = [
  { find: /^react$/, replacement: 'react-18' },
  { find: /^react\/(.*)$/, replacement: 'react-18/$1' },
  { find: /^react-dom$/, replacement: 'react-dom-18' },
  { find: /^react-dom\/(.*)$/, replacement: 'react-dom-18/$1' },
];

export default defineConfig({
  plugins: [react()],
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: browserTests,
          environment: 'node',
          provide: { reactMajor: '19' },
        },
      },
      {
        // Server rendering on React 18.3: the aliases rewrite our sources, the setup file rewrites react-dom-18's own
        // `require('react')` (Node loads it, not Vite).
        extends: true,
        resolve: { alias: react18Aliases },
        test: {
          name: 'node-react-18',
          include: ['src/ssr.test.tsx', 'src/contract.test.tsx'],
          environment: 'node',
          setupFiles: ['src/test-support/react-18-node.ts'],
          provide: { reactMajor: '18' },
        },
      },
      { extends: true, test: { name: 'react-19', ...browserProject('19') } },
      {
        // The same browser tests on React 18.3: `react` and `react-dom` resolve to the `react-18` aliases.
        extends: true,
        resolve: { alias: react18Aliases },
        test: { name: 'react-18', ...browserProject('18') },
      },
    ],
  },
});
