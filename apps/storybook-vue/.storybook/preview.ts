import type { Preview } from '@storybook/vue3-vite';
import { setup } from '@storybook/vue3-vite';
import { VidkitPlugin } from '@vidkit/vue';
import '@vidkit/vue/styles.css';
import { getUploadToken, providerSettings } from '../src/playground.js';

// Every story's app gets the plugin, pointed at the emulator (or the sandbox), with the playground's token source.
setup((app) => {
  app.use(VidkitPlugin, { ...providerSettings(), getUploadToken });
});

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
  tags: ['autodocs'],
};

export default preview;
