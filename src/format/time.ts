import type { Locale } from 'date-fns';
import { formatShortDate } from './locale-date.js';
import { wallClockIn } from './wall-clock.js';

/** A time zone choice: the viewer's own `"local"`, `"UTC"`, or an IANA name such as `Europe/Paris`. */
export type AuditLogTimeZone = 'local' | 'UTC' | (string & {});

/** The browser's (or server's) own IANA zone. */
export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Resolves `"local"` to an IANA name; checks that an IANA name exists, else falls back to UTC. */
export function resolveZone(zone: AuditLogTimeZone): string {
  if (zone === 'local') return localZone();
  if (zone === 'UTC') return 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return 'UTC';
  }
}

/** The zone's short name at an instant ("UTC", "CET", "GMT+2"), for labeling every shown time. */
export function zoneAbbreviation(instant: Date, zone: string, names?: Intl.DateTimeFormat): string {
  if (zone === 'UTC') return 'UTC';
  const part = (names ?? new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' }))
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? zone;
}

/**
 * Formats an instant in a zone, labeled with the zone: "2025-07-01 19:04:12 CEST". Without a
 * locale the date is ISO-like (unambiguous for any reader); with one it follows the locale's
 * short date (date-fns `P`). The time is 24-hour with seconds: audit readers compare to the second.
 */
export function formatInZone(iso: string, zone: AuditLogTimeZone, locale?: Locale): string {
  return createTimeFormatter(zone, locale)(iso);
}

/**
 * A formatter for one zone setting and locale. The page's first `Intl.DateTimeFormat` costs tens
 * of milliseconds (ICU data is loaded then), so the common settings avoid Intl altogether: `UTC`
 * is read off the ISO string (or its UTC fields), and `local` from `Date`'s own local fields,
 * labeled with its offset ("UTC+02:00"). A named IANA zone uses Intl, with one formatter per zone,
 * not one per row. With a date-fns locale the date takes the locale's short form (date-fns `P`).
 * An unknown zone name falls back to UTC.
 */
export function createTimeFormatter(setting: AuditLogTimeZone, locale?: Locale): (iso: string) => string {
  const zone = setting === 'local' ? 'local' : resolveZone(setting);
  const read = zone === 'UTC' || zone === 'local' ? undefined : wallClockIn(zone);
  return (iso) => {
    // Already UTC to the second ("2025-07-01T17:04:12.345Z", as Tesseral writes times): read off
    // the string, no Date at all (a table and an export format thousands of these).
    if (zone === 'UTC' && !locale && UTC_ISO.test(iso)) return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    if (zone === 'UTC' && !locale) {
      const text = date.toISOString();
      return `${text.slice(0, 10)} ${text.slice(11, 19)} UTC`;
    }
    const c =
      zone === 'local'
        ? { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate(), hour: date.getHours(), minute: date.getMinutes(), second: date.getSeconds(), zoneName: `UTC${localOffset(date)}` }
        : read
          ? read(date.getTime())
          : { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: date.getUTCHours(), minute: date.getUTCMinutes(), second: date.getUTCSeconds(), zoneName: 'UTC' };
    const day = locale ? formatShortDate(locale, c.year, c.month, c.day) : `${c.year}-${pad(c.month)}-${pad(c.day)}`;
    return `${day} ${pad(c.hour)}:${pad(c.minute)}:${pad(c.second)} ${c.zoneName}`;
  };
}

const UTC_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `+02:00`-style offset of the machine's zone at an instant, from `Date` alone (no Intl). */
function localOffset(date: Date): string {
  const minutes = -date.getTimezoneOffset();
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Every IANA zone the runtime knows, for the zone picker (a short list when it cannot tell). */
export function knownZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  const zones = intl.supportedValuesOf?.('timeZone') ?? ['America/New_York', 'Europe/London', 'Europe/Paris', 'Asia/Tokyo'];
  return zones.filter((z) => z !== 'UTC');
}
