import type { Preview } from '@storybook/react-vite';
import '@vidkit/react/styles.css';

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
  tags: ['autodocs'],
};

export default preview;
