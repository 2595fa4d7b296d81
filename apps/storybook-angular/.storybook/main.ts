import type { StorybookConfig } from '@storybook/angular-vite';

const config: StorybookConfig = {
  // Compodoc is not installed: the controls come from the stories' argTypes and the components' inputs.
  framework: { name: '@storybook/angular-vite', options: { compodoc: false } },
  stories: ['../src/**/*.mdx', '../src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false, experimentalDocgenServer: true },
  // The docs host composes this Storybook from another origin.
  viteFinal: (vite) => ({
    ...vite,
    resolve: { ...vite.resolve, tsconfigPaths: false },
    server: { ...vite.server, cors: true },
  }),
};

export default config;
