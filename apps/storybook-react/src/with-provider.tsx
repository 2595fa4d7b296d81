import type { Decorator } from '@storybook/react-vite';
import { VidkitProvider } from '@vidkit/react';
import { getUploadToken, providerSettings } from './playground.js';

/**
 * The decorator of every story: a `<VidkitProvider>` pointed at the emulator (or the sandbox), with the playground's
 * token source, the story inside a box at most `maxWidth` pixels wide.
 */
export function withProvider(maxWidth?: number): Decorator {
  return (Story) => (
    <VidkitProvider {...providerSettings()} getUploadToken={getUploadToken}>
      <div style={{ maxWidth }}>
        <Story />
      </div>
    </VidkitProvider>
  );
}
