import type { StorybookConfig } from '@storybook/angular-vite';

const config: StorybookConfig = {
  // Props tables come from Storybook's own docgen server (below), which reads the components' TypeScript and JSDoc in
  // process: no Compodoc run.
  framework: { name: '@storybook/angular-vite', options: { compodoc: false, propsTable: 'api' } },
  stories: ['../src/**/*.mdx', '../src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  features: {
    sidebarOnboardingChecklist: false,
    menuOnboardingChecklist: false,
    // Resolves `@vidkit/angular` through ../tsconfig.json's `paths` to the package's sources, the only place its
    // inputs, outputs and their JSDoc can be read from (the built FESM has no types).
    experimentalDocgenServer: true,
  },
  viteFinal: (vite) => ({
    ...vite,
    // The stories themselves run the built package, as an app would: `paths` is for the docgen only.
    resolve: { ...vite.resolve, tsconfigPaths: false },
    // The docs host composes this Storybook from another origin.
    server: { ...vite.server, cors: true },
  }),
};

export default config;
