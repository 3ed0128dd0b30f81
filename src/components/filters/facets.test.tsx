import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { deriveActor } from '../../model/actor.js';
import { sampleAdapter, sampleData } from '../../test-support/adapters.js';
import { AuditLogViewer } from '../audit-log-viewer.js';

const countIn = (name: string) => Number(/, ([\d,]+)$/.exec(name)?.[1]?.replace(/,/g, '') ?? NaN);

describe('facet counts in the filters', () => {
  it("end each event type's name with its count under the other filters, and order by it on request", async () => {
    const { events } = sampleData();
    render(<AuditLogViewer adapter={sampleAdapter()} timeZone="UTC" defaultFilter={{ actorKinds: ['user'] }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Event type' }));
    const panel = screen.getByRole('dialog', { name: 'Event type' });
    const updated = await within(panel).findByRole('checkbox', { name: /^User updated/ });
    const byUsers = events.filter((e) => deriveActor(e).kind === 'user');
    await waitFor(() => expect(updated).toHaveAccessibleName(`User updated tesseral.users.update, ${byUsers.filter((e) => e.eventName === 'tesseral.users.update').length}`));
    // Choosing an event type does not change the counts of the others: each says what it would add.
    await userEvent.click(updated);
    const loggedIn = within(panel).getByRole('checkbox', { name: /^Logged in / });
    await waitFor(() => expect(loggedIn).toHaveAccessibleName(`Logged in tesseral.sessions.create, ${byUsers.filter((e) => e.eventName === 'tesseral.sessions.create').length}`));
    // Most events first: one list, by count.
    await userEvent.click(within(panel).getByRole('button', { name: 'Most events first' }));
    const counts = within(panel).getAllByRole('checkbox').map((box) => countIn(box.getAttribute('aria-label')!));
    expect(counts.length).toBeGreaterThan(5);
    expect(counts.every(Number.isFinite)).toBe(true);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('finds event types by the starts of their words', async () => {
    render(<AuditLogViewer adapter={sampleAdapter()} timeZone="UTC" />);
    await userEvent.click(screen.getByRole('button', { name: 'Event type' }));
    const panel = screen.getByRole('dialog', { name: 'Event type' });
    await userEvent.type(within(panel).getByRole('searchbox'), 'saml upd');
    await waitFor(() => expect(within(panel).getAllByRole('checkbox').map((box) => (box as HTMLInputElement).labels![0]!.textContent)).toEqual([expect.stringMatching(/^SAML connection updated/)]));
  });

  it("end each actor's name with the count of their events", async () => {
    const { actors, events } = sampleData();
    const person = actors.find((a): a is Extract<typeof a, { kind: 'user' }> => a.kind === 'user' && Boolean(a.displayName) && events.some((e) => deriveActor(e).id === a.id))!;
    render(<AuditLogViewer adapter={sampleAdapter()} timeZone="UTC" />);
    await userEvent.click(screen.getByRole('button', { name: 'Actor' }));
    const panel = screen.getByRole('dialog', { name: 'Actor' });
    await userEvent.type(await within(panel).findByRole('searchbox', { name: 'Find actor' }), person.displayName!.split(' ')[0]!);
    const carried = events.filter((e) => deriveActor(e).id === person.id).length;
    await waitFor(() => expect(within(panel).getByRole('checkbox', { name: new RegExp(person.email) })).toHaveAccessibleName(new RegExp(`, ${carried}$`)));
  });
});
