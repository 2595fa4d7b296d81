import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/vue3-vite';

const source = (path: string) => fileURLToPath(new URL(`../../../packages/vue/${path}`, import.meta.url));
const toArray = (alias: unknown) =>
  Array.isArray(alias)
    ? alias
    : Object.entries((alias ?? {}) as Record<string, string>).map(([find, replacement]) => ({ find, replacement }));

const config: StorybookConfig = {
  framework: { name: '@storybook/vue3-vite', options: { docgen: 'vue-component-meta' } },
  stories: ['../src/**/*.mdx', '../src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook's own onboarding checklist ("Add 5 components", "Publish your Storybook") means nothing to a reader.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  // Stories import @vidkit/vue's sources, so edits hot-reload.
  viteFinal: (vite) => ({
    ...vite,
    resolve: {
      ...vite.resolve,
      alias: [
        ...toArray(vite.resolve?.alias),
        { find: /^@vidkit\/vue$/, replacement: source('src/index.ts') },
        { find: /^@vidkit\/vue\/styles\.css$/, replacement: source('../core/styles.css') },
      ],
    },
    // The docs host composes this Storybook from another origin.
    server: { ...vite.server, cors: true },
  }),
};

export default config;
