import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGES } from '../format/messages.js';
import { ACTORS_MESSAGES } from '../format/messages/actors.js';
import { DETAILS_MESSAGES } from '../format/messages/details.js';
import { EXPORT_MESSAGES } from '../format/messages/export.js';
import { FILTERS_MESSAGES } from '../format/messages/filters.js';
import { PAGE_MESSAGES } from '../format/messages/page.js';
import { TIMELINE_MESSAGES } from '../format/messages/timeline.js';
import { sampleAdapter } from '../test-support/adapters.js';
import { AuditLogViewer } from './audit-log-viewer.js';

// The words of the parts that load on first use come with those parts (core-messages.ts): the
// host's words must still win there, and the parts' own defaults must fill in the rest.
describe('the words of the parts that load on first use', () => {
  it('are the host’s where it gave them, and the defaults elsewhere, in the details, the export menu and the timeline', async () => {
    render(
      <AuditLogViewer
        adapter={sampleAdapter()}
        timeZone="UTC"
        messages={{ previousEvent: 'Événement précédent', exportCsv: 'Fichier CSV', timelineTable: 'Voir en tableau', close: 'Fermer' }}
      />,
    );
    // The timeline's figure replaces its placeholder (of the same name) when its code has come.
    expect(await screen.findByRole('button', { name: 'Voir en tableau' })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Events over time' })).toHaveTextContent('Times in UTC');

    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    const menu = await screen.findByRole('menu', { name: 'Export' });
    expect(within(menu).getByRole('menuitem', { name: 'Fichier CSV' })).toBeInTheDocument();
    expect(within(menu).getByRole('menuitem', { name: 'JSON Lines' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');

    const table = screen.getByRole('table', { name: 'Audit log events' });
    await waitFor(() => expect(table.querySelectorAll('tr[data-row]').length).toBeGreaterThan(1));
    await userEvent.click(table.querySelectorAll<HTMLElement>('tr[data-row]')[1]!);
    const details = await screen.findByRole('dialog');
    expect(await within(details).findByRole('button', { name: 'Événement précédent' })).toBeInTheDocument();
    expect(within(details).getByRole('button', { name: 'Next event' })).toBeInTheDocument();
    expect(within(details).getByRole('button', { name: 'Fermer' })).toBeInTheDocument();
  });

  it('are each in one group only: a word in two groups would show the first view’s default in a part, or the reverse', () => {
    const groups = { PAGE_MESSAGES, ACTORS_MESSAGES, FILTERS_MESSAGES, DETAILS_MESSAGES, EXPORT_MESSAGES, TIMELINE_MESSAGES };
    const seen = new Map<string, string>();
    for (const [group, words] of Object.entries(groups)) {
      for (const key of Object.keys(words)) {
        expect(seen.get(key), `${key} is in ${seen.get(key)} and ${group}`).toBeUndefined();
        seen.set(key, group);
      }
    }
    expect([...seen.keys()].sort()).toEqual(Object.keys(DEFAULT_MESSAGES).sort());
  });
});
