/**
 * Every limit the library and its servers keep, in one place (documented in docs/rest-api.md).
 * A request past one is refused with a 4xx that names it; nothing past one is stored.
 */
export const LIMITS = {
  /** Bytes of a request body (a custom event, an export request): past it, 413. */
  bodyBytes: 1024 * 1024,
  /** Bytes of an event's details as compact JSON. */
  detailsBytes: 256 * 1024,
  /** Levels of nesting in an event's details (an object or list in an object is two). */
  detailsDepth: 32,
  /** Characters of one string (a key or a value) in an event's details. */
  stringLength: 32 * 1024,
  /** Characters of an event name. */
  eventNameLength: 256,
  /** Characters of a search. */
  searchLength: 512,
  /** Terms of a search (words and phrases, with or without a field). */
  searchTerms: 16,
  /** A term's last word matches the start of longer words only from this many characters on. */
  searchPrefixLength: 2,
  /** Values of one list filter (event names, actor ids) in one request. */
  filterValues: 100,
  /** Export jobs an organization may have at once (running or waiting to be downloaded). */
  exportJobsPerOrganization: 3,
  /** How long a finished export job and its one-time download link last, in ms. */
  exportJobTtlMs: 10 * 60_000,
  /** Bytes of an export job's file, which waits in memory for its download (the streamed export has no such cap). */
  exportJobBytes: 64 * 1024 * 1024,
  /** Streamed exports (`GET /events/export`) an organization may have open at once. */
  exportStreamsPerOrganization: 3,
  /** Bytes of one bulk import (`POST /events/import`, one event a line): past it, 413. */
  importBytes: 16 * 1024 * 1024,
  /** Events of one bulk import. */
  importEvents: 10_000,
  /** Characters of an id (an event's, an actor's, an organization's) a server stores. */
  idLength: 256,
} as const;

/** What {@link checkDetails} found wrong, in words, naming the limit. */
export type DetailsProblem = string | null;

/**
 * Checks an event's details against the limits without recursion (a value nested thousands of
 * levels deep must not overflow the stack of the check meant to refuse it): depth, each string's
 * length, and the size as compact JSON. Answers what is wrong, or `null`.
 */
export function checkDetails(details: unknown, limits: Pick<typeof LIMITS, 'detailsBytes' | 'detailsDepth' | 'stringLength'> = LIMITS): DetailsProblem {
  const stack: [unknown, number][] = [[details, 1]];
  let bytes = 0;
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (typeof value === 'string') {
      if (value.length > limits.stringLength) return `a string in the details has ${value.length} characters; at most ${limits.stringLength} are allowed`;
      bytes += value.length + 2;
    } else if (typeof value === 'object' && value !== null) {
      if (depth > limits.detailsDepth) return `the details are nested more than ${limits.detailsDepth} levels deep`;
      const entries = Array.isArray(value) ? value.map((v) => ['', v] as const) : Object.entries(value);
      bytes += 2 + entries.length;
      for (const [key, child] of entries) {
        if (key.length > limits.stringLength) return `a key in the details has ${key.length} characters; at most ${limits.stringLength} are allowed`;
        bytes += key ? key.length + 3 : 0;
        stack.push([child, depth + 1]);
      }
    } else {
      bytes += String(value).length;
    }
    if (bytes > limits.detailsBytes) return `the details take more than ${limits.detailsBytes} bytes as JSON; at most ${limits.detailsBytes} are allowed`;
  }
  return null;
}
