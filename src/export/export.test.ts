import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../adapter/memory.js';
import type { AuditLogAdapter } from '../adapter/types.js';
import { AuditLogError } from '../errors.js';
import type { AuditLogEvent } from '../model/event.js';
import { hostileEvents, sampleData } from '../test-support/adapters.js';
import { CSV_COLUMNS } from './columns.js';
import { sameDeep } from '../format/deep-walk.js';
import { csvCell, parseCsv } from './csv.js';
import { runExport, type ExportSink } from './exporter.js';

const HOSTILE = [
  '=HYPERLINK("http://evil.example","click")', '+1+1', '-2+3', '@SUM(A1:A2)', '\tTAB', '\rCR',
  'multi\nline', 'say "hi"', 'a,b', '  spaced  ', 'Zoë 東京 🙂', '\u202Egnp.exe', '<script>alert(1)</script>', '', '==', "'already",
  // Past OWASP's list: a line feed first, a sign after whitespace or invisible characters, full-width signs.
  '\nLF', ' =1+1', '\u00A0=1+1', '\u200B=1+1', '\uFEFF@SUM(A1)', '\u0000+1', ' \n -1', '\u3000=1', '\u202E=1',
  '\uFF1D1+1', '\uFF0B1', '\uFF0D1', '\uFF20SUM(A1)', '\uFE661',
  // Not formulas: a sign later in the text, letters after spaces.
  'a=b', ' x=1', '1-2', 'user@acme.com',
];

class MemorySink implements ExportSink {
  chunks: Uint8Array[] = [];
  closed = false;
  aborted = false;
  async write(chunk: Uint8Array) {
    this.chunks.push(chunk);
  }
  async close() {
    this.closed = true;
  }
  async abort() {
    this.aborted = true;
  }
  bytes(): Uint8Array {
    const out = new Uint8Array(this.chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
  text(): string {
    return new TextDecoder().decode(this.bytes());
  }
}

const csv = { localTime: (iso: string) => `${iso} (local)`, actorName: (e: AuditLogEvent) => e.actorUserId ?? 'System' };
const signal = () => new AbortController().signal;

describe('CSV cells', () => {
  // Which values a spreadsheet would run, listed by hand (not by the code's own pattern).
  const RUNNABLE = new Set([
    '=HYPERLINK("http://evil.example","click")', '+1+1', '-2+3', '@SUM(A1:A2)', '\tTAB', '\rCR', '==',
    '\nLF', ' =1+1', '\u00A0=1+1', '\u200B=1+1', '\uFEFF@SUM(A1)', '\u0000+1', ' \n -1', '\u3000=1', '\u202E=1',
    '\uFF1D1+1', '\uFF0B1', '\uFF0D1', '\uFF20SUM(A1)', '\uFE661',
  ]);
  it.each(HOSTILE)('keeps %j exact and never lets a spreadsheet run it', (value) => {
    const cell = csvCell(value);
    const [[back]] = parseCsv(`${cell}\r\n`) as [[string]];
    expect(back).toBe(RUNNABLE.has(value) ? `'${value}` : value);
    for (const start of ['=', '+', '-', '@', '\t', '\r', '\n']) expect(back.trimStart().startsWith(start)).toBe(false);
  });
});

describe('runExport', () => {
  const { events, actors } = sampleData(600, 3);

  it('writes every matching event once, in order, as CSV with the documented columns', async () => {
    const adapter = createMemoryAdapter({ events, actors });
    const sink = new MemorySink();
    const filter = { eventNames: ['tesseral.sessions.refresh', 'tesseral.users.update'] };
    const result = await runExport({ adapter, filter, sort: 'newest', format: 'csv', sink, signal: signal(), csv });
    const [header, ...rows] = parseCsv(sink.text());
    expect(header).toEqual([...CSV_COLUMNS]);
    const expected = [...events].filter((e) => filter.eventNames.includes(e.eventName)).sort((a, b) => b.eventTime.localeCompare(a.eventTime) || b.id.localeCompare(a.id));
    expect(rows.map((r) => r[0])).toEqual(expected.map((e) => e.id));
    expect(result.rows).toBe(expected.length);
    expect(rows[0]![1]).toBe(expected[0]!.eventTime);
    expect(JSON.parse(rows[0]![rows[0]!.length - 1]!)).toEqual(expected[0]!.eventDetails);
    expect(sink.closed).toBe(true);
  });

  it('neutralizes every formula-like cell of a CSV export and keeps the raw values in JSON Lines', async () => {
    const formulaLike = HOSTILE.filter((v) => parseCsv(`${csvCell(v)}\r\n`)[0]![0] !== v);
    expect(formulaLike.length).toBeGreaterThan(15);
    const events: AuditLogEvent[] = formulaLike.map((value, i) => ({
      id: `audit_log_event_f${i}`,
      eventTime: `2025-07-01T10:${String(i).padStart(2, '0')}:00.000Z`,
      eventName: 'acme.formulas.probe',
      actorUserId: value,
      eventDetails: { value, nested: { list: [value] } },
    }));
    const adapter = createMemoryAdapter({ events });
    const csvSink = new MemorySink();
    // The actor column shows the actor id itself, so that the actor cell is a hostile value too.
    await runExport({ adapter, filter: {}, sort: 'oldest', format: 'csv', sink: csvSink, signal: signal(), csv: { ...csv, actorName: (e) => e.actorUserId! } });
    const [header, ...rows] = parseCsv(csvSink.text());
    expect(rows).toHaveLength(events.length);
    const visible = (cell: string) => cell.replace(/^[\s\u0000-\u001F\u00AD\u200B-\u200F\u202A-\u202E\u2060\uFEFF]+/, '');
    rows.forEach((row, i) => {
      row.forEach((cell, c) => {
        // No cell a spreadsheet would run: the hostile cells come back as written, behind a quote.
        expect(/^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66]/.test(visible(cell)) || /^[\t\r\n]/.test(cell), `${header![c]} of row ${i}: ${JSON.stringify(cell)}`).toBe(false);
        if (cell === `'${formulaLike[i]}`) expect(cell.slice(1)).toBe(formulaLike[i]);
      });
      expect(row).toContain(`'${formulaLike[i]}`);
    });
    const jsonlSink = new MemorySink();
    await runExport({ adapter, filter: {}, sort: 'oldest', format: 'jsonl', sink: jsonlSink, signal: signal(), csv });
    const lines = jsonlSink.text().split('\n').filter(Boolean).map((l) => JSON.parse(l) as AuditLogEvent);
    expect(lines).toEqual(events);
  });

  it('exports details nested 10,000 levels deep, in both formats, exactly', async () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 10_000; i++) deep = { level: deep };
    const event: AuditLogEvent = { id: 'audit_log_event_deep', eventTime: '2025-07-01T10:00:00.000Z', eventName: 'acme.deep.probe', eventDetails: { previousX: deep, x: { level: deep } } };
    expect(() => JSON.stringify(event)).toThrow(RangeError); // what broke the old export
    const adapter = createMemoryAdapter({ events: [event] });
    for (const format of ['jsonl', 'csv'] as const) {
      const sink = new MemorySink();
      const result = await runExport({ adapter, filter: {}, sort: 'oldest', format, sink, signal: signal(), csv });
      expect(result.rows).toBe(1);
      const text = sink.text();
      const details = format === 'jsonl' ? text.trim() : parseCsv(text)[1]![CSV_COLUMNS.indexOf('eventDetails')]!;
      // JSON.parse is not recursive in V8, so it reads the deep text back.
      const back = JSON.parse(details) as AuditLogEvent | Record<string, unknown>;
      expect(sameDeep(format === 'jsonl' ? back : { ...event, eventDetails: back }, event)).toBe(true);
    }
  });

  it('keeps hostile details unchanged through JSON Lines, and its hash proves the bytes', async () => {
    const hostile = hostileEvents();
    const sink = new MemorySink();
    const result = await runExport({ adapter: createMemoryAdapter({ events: hostile }), filter: {}, sort: 'oldest', format: 'jsonl', sink, signal: signal(), csv });
    const lines = sink.text().split('\n').filter(Boolean).map((l) => JSON.parse(l) as AuditLogEvent);
    const byId = new Map(hostile.map((e) => [e.id, e]));
    expect(lines).toHaveLength(hostile.length);
    for (const line of lines) expect(line).toEqual(byId.get(line.id));
    expect(result.sha256).toBe(bytesToHex(sha256(sink.bytes())));
    expect(result.bytes).toBe(sink.bytes().length);
  });

  it('starts with a BOM when asked, for Excel', async () => {
    const sink = new MemorySink();
    await runExport({ adapter: createMemoryAdapter({ events }), filter: {}, sort: 'newest', format: 'csv', sink, signal: signal(), csv, bom: true });
    expect([...sink.bytes().slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('retries a failed page with backoff and resumes from its cursor: exact content', async () => {
    // Pages of 100, so that failures fall in the middle of the export.
    const base = createMemoryAdapter({ events, capabilities: { maxPageSize: 100 } });
    let calls = 0;
    const flaky: AuditLogAdapter = {
      ...base,
      listEvents: async (r) => {
        calls++;
        if (calls % 3 === 2) throw new AuditLogError('server', 'HTTP 503');
        return base.listEvents(r);
      },
    };
    const clean = new MemorySink();
    const sink = new MemorySink();
    await runExport({ adapter: base, filter: {}, sort: 'newest', format: 'csv', sink: clean, signal: signal(), csv });
    const progress: number[] = [];
    await runExport({ adapter: flaky, filter: {}, sort: 'newest', format: 'csv', sink, signal: signal(), csv, retryDelayMs: 1, onProgress: (n) => progress.push(n) });
    expect(sink.text()).toBe(clean.text());
    expect(progress.at(-1)).toBe(events.length);
    expect(progress.length).toBe(Math.ceil(events.length / 100));
    expect(calls).toBeGreaterThan(progress.length); // some pages did fail and were asked again
  });

  it('gives up after its attempts and aborts the file instead of leaving it truncated', async () => {
    const base = createMemoryAdapter({ events, capabilities: { maxPageSize: 100 } });
    let calls = 0;
    const dying: AuditLogAdapter = { ...base, listEvents: async (r) => (++calls > 1 ? Promise.reject(new AuditLogError('server', 'HTTP 503')) : base.listEvents(r)) };
    const sink = new MemorySink();
    await expect(runExport({ adapter: dying, filter: {}, sort: 'newest', format: 'csv', sink, signal: signal(), csv, retryDelayMs: 1, attempts: 3 })).rejects.toThrow('HTTP 503');
    expect(sink.aborted).toBe(true);
    expect(sink.closed).toBe(false);
    expect(calls).toBe(4);
  });

  it('stops cleanly when cancelled', async () => {
    const base = createMemoryAdapter({ events, capabilities: { maxPageSize: 100 } });
    const controller = new AbortController();
    let calls = 0;
    const slow: AuditLogAdapter = { ...base, listEvents: async (r) => (++calls === 2 && controller.abort(), base.listEvents(r)) };
    const sink = new MemorySink();
    await expect(runExport({ adapter: slow, filter: {}, sort: 'newest', format: 'csv', sink, signal: controller.signal, csv })).rejects.toMatchObject({ code: 'aborted' });
    expect(sink.aborted).toBe(true);
    expect(calls).toBe(2);
  });

  it('says so instead of writing an empty file when nothing matches', async () => {
    const sink = new MemorySink();
    await expect(runExport({ adapter: createMemoryAdapter({ events }), filter: { search: 'zzzznothing' }, sort: 'newest', format: 'csv', sink, signal: signal(), csv })).rejects.toMatchObject({ code: 'not_found' });
    expect(sink.aborted).toBe(true);
  });
});

describe('the download fallback', () => {
  it('folds chunks into Blobs as they come and gives the exact file, in order', async () => {
    const { BlobSink } = await import('./sinks.js');
    const sink = new BlobSink('text/csv');
    const parts = Array.from({ length: 3000 }, (_, i) => new TextEncoder().encode(`line ${i} ${'x'.repeat(i % 700)}\n`));
    for (const part of parts) await sink.write(part);
    await sink.close();
    const text = await sink.blob().text();
    expect(text).toBe(parts.map((p) => new TextDecoder().decode(p)).join(''));
    expect(sink.blob().type).toBe('text/csv');
  });

  it('names files by organization, range and format', async () => {
    const { exportFileName } = await import('./manifest.js');
    const now = Date.parse('2025-07-10T00:00:00Z');
    expect(exportFileName('Acme Corp', { timeRange: { start: '2025-06-01T00:00:00Z', end: '2025-07-01T00:00:00Z' } }, 'csv', now)).toBe('audit-log_acme-corp_2025-06-01_to_2025-07-01.csv');
    expect(exportFileName('Acme Corp', { timeRange: { start: '2025-06-01T00:00:00Z' } }, 'jsonl', now)).toBe('audit-log_acme-corp_2025-06-01_to_2025-07-10.jsonl');
    expect(exportFileName('../../etc/passwd <x>', {}, 'csv', now)).toBe('audit-log_etc-passwd-x_all-time.csv');
  });
});
