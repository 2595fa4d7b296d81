import type { Preview } from '@storybook/svelte-vite';
import '@vidkit/svelte/styles.css';

const preview: Preview = {
  parameters: { controls: { expanded: true }, layout: 'padded' },
  tags: ['autodocs'],
};

export default preview;
