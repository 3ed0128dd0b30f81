import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { AuditLogViewer } from '../src/components/audit-log-viewer';
import { sampleAdapter } from '../src/test-support/adapters';
import '../src/styles/styles.css';

// The viewer in host layouts that size their children to their content: it must take the width
// it is given, not collapse to its narrow, stacked layout.
const meta: Meta<typeof AuditLogViewer> = {
  title: 'Viewer/Layout',
  component: AuditLogViewer,
  args: { timeZone: 'UTC', theme: 'light' },
};
export default meta;
type Story = StoryObj<typeof AuditLogViewer>;

const adapter = sampleAdapter();

async function holdsItsWidth(canvasElement: HTMLElement, parent: HTMLElement) {
  const root = within(canvasElement).getByRole('region', { name: 'Audit logs' });
  await waitFor(() => expect(within(root).getAllByRole('row').length).toBeGreaterThan(1));
  // As wide as the parent allows, and laid out as a table (its header row shown, not clipped away).
  await expect(root.getBoundingClientRect().width).toBeGreaterThan(parent.getBoundingClientRect().width - 2);
  const header = within(root).getByRole('columnheader', { name: 'Event' });
  await expect(header.getBoundingClientRect().height).toBeGreaterThan(10);
}

/** A flex column that centres its children (`align-items: center`): each child is as wide as its content. */
export const InACentredFlexColumn: Story = {
  args: { adapter },
  decorators: [(Story) => <div data-testid="parent" style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', width: 900 }}><Story /></div>],
  play: async ({ canvasElement }) => holdsItsWidth(canvasElement, within(canvasElement).getByTestId('parent')),
};
