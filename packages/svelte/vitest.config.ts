import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { browser } from '@vidkit/tooling/vitest/browser';
import { emulatorSetup } from '@vidkit/tooling/vitest/project';
import type { BrowserCommand } from 'vitest/node';
import type { ComponentName, ComponentProps } from '@vidkit/adapter-contract';
import type {} from './src/test-support/provided.js';

// Renders a contract component with Svelte's server renderer, in Node: Chromium loads client-compiled components
// only, so the hydration scenario asks the test's Vite server for server-compiled ones.
const svelteServerRender: BrowserCommand<[ComponentName, ComponentProps[ComponentName]]> = async (
  { project },
  component,
  props,
) => {
  const entry = new URL('./src/test-support/contract-render.ts', import.meta.url).pathname;
  const { renderContract } = await project.vite.ssrLoadModule(entry);
  return renderContract(component, props);
};

const browserTests = ['src/**/*.browser.test.ts', 'src/**/*.browser.test.svelte.ts'];

export default defineConfig({
  plugins: [svelte()],
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
        },
      },
      {
        // One real emulator for the project (fault injection and request counts are per emulator); files one by one.
        extends: true,
        test: {
          name: 'svelte-5',
          include: browserTests,
          browser: {
            ...browser,
            instances: [{ browser: 'chromium' as const }],
            commands: { ...emulatorSetup.commands, svelteServerRender },
          },
          globalSetup: emulatorSetup.globalSetup,
          fileParallelism: false,
        },
      },
    ],
  },
});
