import type { StorybookConfig } from '@storybook/react-vite';
import { playgrounds } from '../refs.mjs';

// In development each playground runs its own dev server (`npm start` starts them); in the static build they are
// copied under this site (`scripts/copy-refs.mjs`), so one static folder serves everything.
const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../src/**/*.mdx'],
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook's own onboarding checklist ("Add 5 components", "Publish your Storybook") means nothing to a reader.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  refs: (_config, { configType }) =>
    Object.fromEntries(
      playgrounds.map((p) => [
        p.id,
        {
          title: p.title,
          url:
            configType === 'DEVELOPMENT'
              ? (process.env[`VIDKIT_STORYBOOK_${p.id.toUpperCase()}_URL`] ?? `http://127.0.0.1:${p.devPort}`)
              : `./${p.id}`,
        },
      ]),
    ),
};

export default config;
