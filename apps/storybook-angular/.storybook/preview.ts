import { applicationConfig, type Preview } from '@storybook/angular-vite';
import { provideVidkit } from '@vidkit/angular';
import '@vidkit/angular/styles.css';
import { getUploadToken, providerSettings } from '../src/playground.js';

// Every story's application gets provideVidkit, pointed at the emulator (or the sandbox), with the playground's token
// source. Zoneless, as Storybook for Angular with Vite runs by default.
const preview: Preview = {
  decorators: [applicationConfig({ providers: [provideVidkit({ ...providerSettings(), getUploadToken })] })],
  parameters: { controls: { expanded: true }, layout: 'padded' },
  tags: ['autodocs'],
};

export default preview;
