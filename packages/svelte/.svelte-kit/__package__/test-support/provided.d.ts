import type { ComponentName, ComponentProps } from '@vidkit/adapter-contract';
declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Svelte's server renderer in Node: the HTML the hydration scenario hydrates. */
    svelteServerRender(component: ComponentName, props: ComponentProps[ComponentName]): Promise<string>;
  }
}
export {};
//# sourceMappingURL=provided.d.ts.map
