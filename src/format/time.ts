import { TZDate } from '@date-fns/tz';
import { format, type Locale } from 'date-fns';

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
 * is read off the ISO string, and `local` is formatted by date-fns from `Date`'s own local fields,
 * labeled with its offset ("UTC+02:00"). A named IANA zone (or UTC with a locale) uses Intl, with
 * one formatter per zone, not one per row. An unknown zone name falls back to UTC.
 */
export function createTimeFormatter(setting: AuditLogTimeZone, locale?: Locale): (iso: string) => string {
  const zone = setting === 'local' ? 'local' : resolveZone(setting);
  const names = zone === 'UTC' || zone === 'local' ? undefined : new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' });
  const pattern = locale ? 'P HH:mm:ss' : 'yyyy-MM-dd HH:mm:ss';
  const options = locale ? { locale } : undefined;
  return (iso) => {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    if (zone === 'UTC' && !locale) {
      const text = date.toISOString();
      return `${text.slice(0, 10)} ${text.slice(11, 19)} UTC`;
    }
    if (zone === 'local') return `${format(date, pattern, options)} UTC${localOffset(date)}`;
    return `${format(new TZDate(date.getTime(), zone), pattern, options)} ${zoneAbbreviation(date, zone, names)}`;
  };
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
