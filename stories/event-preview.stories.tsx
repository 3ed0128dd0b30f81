import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { expect, within } from 'storybook/test';
import { createMemoryAdapter } from '../src/adapter/memory';
import { EventPreview } from '../src/demo/event-preview';
import { generateDataset } from '../src/mock/generate';

const dataset = generateDataset({ seed: 3, size: 200, end: Date.parse('2025-07-01T12:00:00Z') });

const meta: Meta<typeof EventPreview> = {
  title: 'Placeholder/Event preview',
  component: EventPreview,
  decorators: [
    (Story) => (
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <Story />
      </QueryClientProvider>
    ),
  ],
};
export default meta;

type Story = StoryObj<typeof EventPreview>;

/** The newest page of a generated history through the memory adapter. */
export const Default: Story = {
  args: { adapter: createMemoryAdapter({ events: dataset.events, capabilities: { pageSizes: [10] } }) },
  play: async ({ canvasElement }) => {
    const table = await within(canvasElement).findByRole('table', { name: 'Audit log events' });
    const rows = within(table).getAllByRole('row');
    await expect(rows).toHaveLength(11); // header + 10
    const newest = dataset.events[dataset.events.length - 1]!;
    await expect(rows[1]).toHaveTextContent(newest.eventName);
  },
};

/** No events at all. */
export const Empty: Story = {
  args: { adapter: createMemoryAdapter({ events: [] }) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No events yet.')).toBeInTheDocument();
  },
};
