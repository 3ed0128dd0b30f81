import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createMemoryAdapter } from '../src/adapter/memory';
import { AuditLogViewer } from '../src/components/audit-log-viewer';
import { hostileEvents, sampleData } from '../src/test-support/adapters';
import '../src/styles/styles.css';
import { shown } from '../src/test-support/text.js';

const meta: Meta<typeof AuditLogViewer> = {
  title: 'Viewer/Details',
  component: AuditLogViewer,
  args: { timeZone: 'UTC', theme: 'light' },
  decorators: [(Story) => <div style={{ minHeight: 720 }}><Story /></div>],
};
export default meta;
type Story = StoryObj<typeof AuditLogViewer>;

const { events, actors } = sampleData(1500, 4);
const adapter = createMemoryAdapter({ events, actors });
const newest = (name: string) => [...events].reverse().find((e) => e.eventName === name);
const panel = (canvas: HTMLElement) => within(canvas).findByRole('dialog', {}, { timeout: 8000 });

/** One story per event family: its summary, typed actor, and (for updates) the field-level diff. */
function family(name: string, label: string, withDiff: boolean): Story {
  const event = newest(name);
  return {
    args: { adapter, defaultEventId: event?.id ?? null },
    play: async ({ canvasElement }) => {
      await expect(event).toBeDefined();
      const dialog = await panel(canvasElement);
      await waitFor(() => expect(dialog).toHaveAccessibleName(label));
      await waitFor(() => expect(dialog.querySelector('.alv-details-summary')?.textContent?.length).toBeGreaterThan(10));
      await expect(within(dialog).getByRole('heading', { name: 'Actor' })).toBeInTheDocument();
      if (withDiff) await expect(within(dialog).getByRole('heading', { name: 'What changed' })).toBeInTheDocument();
    },
  };
}

export const UserUpdated = family('tesseral.users.update', 'User updated', true);
export const ApiKeyRevoked = family('tesseral.api_keys.revoke', 'API key revoked', true);
export const OrganizationDomains = family('tesseral.organizations.update_domains', 'Organization domains updated', true);
export const RoleUpdated = family('tesseral.roles.update', 'Role updated', true);
export const LoggedIn = family('tesseral.sessions.create', 'Logged in', false);
export const InviteCreated = family('tesseral.user_invites.create', 'Invite created', false);
export const PasskeyCreated = family('tesseral.passkeys.create', 'Passkey created', false);
export const SamlConnectionUpdated = family('tesseral.saml_connections.update', 'SAML connection updated', true);
export const OidcConnectionCreated = family('tesseral.oidc_connections.create', 'OIDC connection created', false);
export const ScimApiKeyCreated = family('tesseral.scim_api_keys.create', 'SCIM API key created', false);

/** A megabyte of details: the tree draws nodes only when opened, long strings are folded. */
export const LargePayload: Story = {
  args: {
    adapter: createMemoryAdapter({
      events: [{
        id: 'audit_log_event_large',
        eventTime: '2025-07-01T10:00:00Z',
        eventName: 'ledgerly.reports.export',
        actorUserId: 'user_x',
        eventDetails: { rows: Array.from({ length: 5000 }, (_, i) => ({ i, name: `row ${i}`, tags: ['a', 'b'] })), blob: 'x'.repeat(500_000) },
      }],
    }),
    defaultEventId: 'audit_log_event_large',
  },
  play: async ({ canvasElement }) => {
    const dialog = await panel(canvasElement);
    await expect(within(dialog).getByRole('button', { name: 'Show all 500,000 characters' })).toBeInTheDocument();
    await expect(within(dialog).getByText('[5000]')).toBeInTheDocument();
  },
};

/** A vendor's custom event with a previous* pair: the same diff, and the generic sentence. */
export const CustomEvent: Story = {
  args: {
    adapter: createMemoryAdapter({
      events: [{
        id: 'audit_log_event_custom',
        eventTime: '2025-07-01T10:00:00Z',
        eventName: 'ledgerly.invoices.update',
        actorApiKeyId: 'api_key_ci',
        eventDetails: { invoice: { id: 'inv_1', total: 1200, approved: true }, previousInvoice: { id: 'inv_1', total: 1000 } },
      }],
      actors: [{ kind: 'api_key', id: 'api_key_ci', displayName: 'CI deploy' }],
    }),
    defaultEventId: 'audit_log_event_custom',
  },
  play: async ({ canvasElement }) => {
    const dialog = await panel(canvasElement);
    await expect(dialog).toHaveAccessibleName('Invoices: update');
    const diff = within(dialog).getByRole('table', { name: 'Changes to invoice' });
    await expect(within(diff).getAllByRole('row').map((r) => shown(r))).toEqual(['FieldBeforeAfter', 'total changed10001200', 'approved changedfalsetrue']);
    await waitFor(() => expect(shown(dialog)).toContain('API key “CI deploy”: Invoices: update'));
  },
};

/** The actor no longer exists: its id, marked as deleted. */
export const DeletedActor: Story = {
  args: {
    adapter: createMemoryAdapter({
      events: [{ id: 'audit_log_event_del', eventTime: '2025-07-01T10:00:00Z', eventName: 'tesseral.roles.delete', actorUserId: 'user_gone', eventDetails: { role: { id: 'role_1', displayName: 'Auditors' } } }],
      actors: [],
    }),
    defaultEventId: 'audit_log_event_del',
  },
  play: async ({ canvasElement }) => {
    const dialog = await panel(canvasElement);
    await waitFor(() => expect(dialog).toHaveTextContent('(deleted)'));
    await expect(shown(dialog)).toContain('user_gone deleted the role “Auditors”');
  },
};

/** Hostile strings in the details stay text. */
export const HostileDetails: Story = {
  args: { adapter: createMemoryAdapter({ events: hostileEvents() }), defaultEventId: hostileEvents()[0]!.id },
  play: async ({ canvasElement }) => {
    const dialog = await panel(canvasElement);
    await expect(dialog.querySelector('img, script')).toBeNull();
  },
};

/** The dark theme, walking to the next event with the keyboard. */
export const Dark: Story = {
  args: { adapter, theme: 'dark', defaultEventId: [...events].reverse()[0]!.id },
  play: async ({ canvasElement }) => {
    const dialog = await panel(canvasElement);
    const second = [...events].reverse()[1]!;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Next event' }));
    await waitFor(() => expect(within(canvasElement).getByRole('dialog')).toHaveTextContent(second.id));
  },
};

/** An id that is not in the organization. */
export const NotFound: Story = {
  args: { adapter, defaultEventId: 'audit_log_event_unknown' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('dialog', { name: 'Event not found' }, { timeout: 8000 })).toBeInTheDocument();
  },
};

