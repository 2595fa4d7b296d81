import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';

const source = (path: string) => fileURLToPath(new URL(`../../../packages/react/${path}`, import.meta.url));
const toArray = (alias: unknown) =>
  Array.isArray(alias)
    ? alias
    : Object.entries((alias ?? {}) as Record<string, string>).map(([find, replacement]) => ({ find, replacement }));

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../src/**/*.mdx', '../src/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook's own onboarding checklist ("Add 5 components", "Publish your Storybook") means nothing to a reader.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  // Stories import @vidkit/react's sources, so props tables come from its TypeScript types and edits hot-reload.
  viteFinal: (vite) => ({
    ...vite,
    resolve: {
      ...vite.resolve,
      alias: [
        ...toArray(vite.resolve?.alias),
        { find: /^@vidkit\/react$/, replacement: source('src/index.ts') },
        { find: /^@vidkit\/react\/styles\.css$/, replacement: source('../core/styles.css') },
      ],
    },
    // The docs host composes this Storybook from another origin.
    server: { ...vite.server, cors: true },
    build: {
      ...vite.build,
      rolldownOptions: {
        ...vite.build?.rolldownOptions,
        // 'use client' matters to the package's per-file build, not to this app bundle.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  }),
};

export default config;
