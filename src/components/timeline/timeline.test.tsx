import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sampleAdapter, sampleData } from '../../test-support/adapters.js';
import { AuditLogViewer } from '../audit-log-viewer.js';

const count = () => screen.getByRole('status', { name: 'Matching events' });
const timeline = () => screen.getByRole('figure', { name: 'Events over time' });
const bars = () => within(timeline()).getAllByRole('button', { name: /: [\d,]+ events?$/ });
const barCount = (bar: HTMLElement) => Number(/: ([\d,]+) events?$/.exec(bar.getAttribute('aria-label')!)![1]!.replace(/,/g, ''));

describe('the timeline', () => {
  it('draws every matching event in a bar named by its span and count, in the chosen zone', async () => {
    const { events } = sampleData();
    render(<AuditLogViewer adapter={sampleAdapter()} timeZone="UTC" />);
    await waitFor(() => expect(bars().length).toBeGreaterThan(10));
    expect(bars().reduce((sum, bar) => sum + barCount(bar), 0)).toBe(events.length);
    // 30 days of history: one bar a day, named by the day; the zone is said beside the chart.
    expect(bars()[0]).toHaveAccessibleName(/^[A-Z][a-z]{2} \d{1,2}: \d+ events?$/);
    expect(timeline()).toHaveTextContent('Times in UTC');
    // One tab stop for all the bars.
    expect(bars().filter((bar) => bar.tabIndex === 0)).toHaveLength(1);
  });

  it('narrows the time range to a chosen bar, and zooms back out', async () => {
    const { events } = sampleData();
    render(<AuditLogViewer adapter={sampleAdapter()} timeZone="UTC" />);
    await waitFor(() => expect(count()).toHaveTextContent(`${events.length} events`));
    await waitFor(() => expect(bars().length).toBeGreaterThan(10));
    const bar = bars().find((b) => barCount(b) > 0 && barCount(b) < events.length)!;
    const chosen = barCount(bar);
    bar.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(count()).toHaveTextContent(new RegExp(`^${chosen} events?$`)));
    expect(screen.getByRole('button', { name: /^Remove filter Time range: .+ → .+/ })).toBeInTheDocument();
    // The narrower range is drawn in smaller bars that hold the same events.
    await waitFor(() => expect(bars().reduce((sum, b) => sum + barCount(b), 0)).toBe(chosen));
    await userEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    await waitFor(() => expect(count()).toHaveTextContent(`${events.length} events`));
    expect(screen.queryByRole('button', { name: 'Zoom out' })).not.toBeInTheDocument();
  });

  it('chooses a span with Shift and the arrows, and lets it go with Escape', async () => {
    render(<AuditLogViewer adapter={sampleAdapter()} timeZone="UTC" />);
    await waitFor(() => expect(bars().length).toBeGreaterThan(10));
    const all = bars();
    const last = all[all.length - 1]!;
    const expected = barCount(last) + barCount(all[all.length - 2]!) + barCount(all[all.length - 3]!);
    last.focus();
    await userEvent.keyboard('{Shift>}{ArrowLeft}{ArrowLeft}{/Shift}');
    expect(document.activeElement).toBe(all[all.length - 3]);
    await userEvent.keyboard('{Escape}');
    await userEvent.keyboard('{Shift>}{ArrowRight}{ArrowRight}{/Shift}{Enter}');
    await waitFor(() => expect(count()).toHaveTextContent(new RegExp(`^${expected} events?$`)));
  });

  it('shows the bars as a table on request', async () => {
    render(<AuditLogViewer adapter={sampleAdapter()} timeZone="UTC" />);
    await waitFor(() => expect(bars().length).toBeGreaterThan(10));
    await userEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = within(timeline()).getByRole('table', { name: 'Events over time' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(bars().length);
    expect(rows[0]).toHaveTextContent(String(barCount(bars()[0]!)));
  });

  it('says when the bars cannot be loaded, retries on request, and leaves the events alone', async () => {
    const base = sampleAdapter();
    let fail = true;
    const adapter = { ...base, histogramEvents: async (request: Parameters<NonNullable<typeof base.histogramEvents>>[0]) => {
      if (fail) throw new Error('down');
      return base.histogramEvents!(request);
    } };
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
    await waitFor(() => expect(timeline()).toHaveTextContent('The timeline could not be loaded.'), { timeout: 5000 });
    expect(within(screen.getByRole('table', { name: 'Audit log events' })).getAllByRole('row').length).toBeGreaterThan(1);
    fail = false;
    await userEvent.click(within(timeline()).getByRole('button', { name: /^Retry/ }));
    await waitFor(() => expect(bars().length).toBeGreaterThan(10));
  });

  it('is not shown where the backend draws no histogram', async () => {
    const adapter = { ...sampleAdapter(), histogramEvents: undefined };
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row').length).toBeGreaterThan(1));
    expect(screen.queryByRole('figure', { name: 'Events over time' })).not.toBeInTheDocument();
  });
});
