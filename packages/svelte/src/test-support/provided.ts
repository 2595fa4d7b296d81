// The browser command of @vidkit/svelte's test projects (vitest.config.ts), beside the shared emulator's.
import type { ComponentName, ComponentProps } from '@vidkit/adapter-contract';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Svelte's server renderer in Node: the HTML the hydration scenario hydrates. */
    svelteServerRender(component: ComponentName, props: ComponentProps[ComponentName]): Promise<string>;
  }
}

export {};
