import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sampleAdapter } from '../test-support/adapters.js';
import { AuditLogViewer } from './audit-log-viewer.js';

describe('actorHref', () => {
  it("links an actor to the host's page for it, follows only safe links, and a click on it opens no details", async () => {
    const clicks: string[] = [];
    render(
      <div onClickCapture={(e) => (e.target as HTMLElement).closest('a') && (e.preventDefault(), clicks.push((e.target as HTMLElement).closest('a')!.getAttribute('href')!))}>
        <AuditLogViewer adapter={sampleAdapter()} timeZone="UTC" actorHref={({ kind, id }) => (kind === 'user' ? `/people/${id}` : `javascript:alert('${id}')`)} />
      </div>,
    );
    const table = screen.getByRole('table', { name: 'Audit log events' });
    await waitFor(() => expect(within(table).getAllByRole('link').length).toBeGreaterThan(0));
    for (const link of within(table).getAllByRole('link')) expect(link.getAttribute('href')).toMatch(/^\/people\/user_/);
    expect(table.querySelector('a[href^="javascript"]')).toBeNull();
    await userEvent.click(within(table).getAllByRole('link')[0]!);
    expect(clicks).toHaveLength(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
