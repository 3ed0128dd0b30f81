import { TZDate } from '@date-fns/tz';
import { UTCDate } from '@date-fns/utc';
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
export function formatInZone(iso: string, zone: string, locale?: Locale): string {
  return createTimeFormatter(zone, locale)(iso);
}

/**
 * A formatter for one zone and locale that builds its `Intl` object once: a page of 100 rows
 * would otherwise construct 100 of them (each costs far more than the formatting itself).
 */
export function createTimeFormatter(zone: string, locale?: Locale): (iso: string) => string {
  const names = zone === 'UTC' ? undefined : new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' });
  return (iso) => {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    // UTC needs no zone database: UTCDate reads UTC fields without touching Intl (which costs the
    // page its first ICU load, tens of milliseconds).
    const zoned = zone === 'UTC' ? new UTCDate(date.getTime()) : new TZDate(date.getTime(), zone);
    const text = locale ? format(zoned, 'P HH:mm:ss', { locale }) : format(zoned, 'yyyy-MM-dd HH:mm:ss');
    return `${text} ${zoneAbbreviation(date, zone, names)}`;
  };
}

/** Every IANA zone the runtime knows, for the zone picker (a short list when it cannot tell). */
export function knownZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  const zones = intl.supportedValuesOf?.('timeZone') ?? ['America/New_York', 'Europe/London', 'Europe/Paris', 'Asia/Tokyo'];
  return zones.filter((z) => z !== 'UTC');
}
