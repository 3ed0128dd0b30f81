const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

// One formatter per locale, made on first use: a page of Time cells would otherwise build one a
// cell each render. A cache of Intl objects, no viewer's state.
const formatters = new Map<string, Intl.RelativeTimeFormat>();
function formatterFor(locale: string): Intl.RelativeTimeFormat {
  let format = formatters.get(locale);
  if (!format) formatters.set(locale, (format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  return format;
}

/**
 * How long ago (or how far ahead) an instant is from `now`, in the locale's own words
 * ("5 minutes ago", "yesterday": Intl); `null` for a time that cannot be read.
 */
export function relativeText(iso: string, now: number, locale: string): string | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const diff = ms - now;
  const [unit, size] = UNITS.find(([, n]) => Math.abs(diff) >= n) ?? ['second', 1000];
  return formatterFor(locale).format(Math.round(diff / size), unit);
}
