import type { Preview } from '@storybook/react-vite';

const preview: Preview = {
  parameters: {
    // Accessibility violations fail the story tests, not just show in the panel.
    a11y: { test: 'error' },
  },
};
export default preview;
