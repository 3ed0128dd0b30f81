import { resolveZone, type AuditLogTimeZone } from './time.js';
import { instantOfWallClock, wallClockIn } from './wall-clock.js';

const INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/**
 * Reads a wall-clock time as typed in a `datetime-local` input ("2025-07-01T10:00:00") in a zone
 * setting, and returns the exact instant (RFC 3339, UTC), or `null` when it is not a time.
 */
export function zonedInputToInstant(value: string, setting: AuditLogTimeZone): string | null {
  const m = INPUT.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const zone = setting === 'local' ? 'local' : resolveZone(setting);
  const ms =
    zone === 'UTC'
      ? Date.UTC(y, mo - 1, d, h, mi, s)
      : zone === 'local'
        ? new Date(y, mo - 1, d, h, mi, s).getTime()
        : instantOfWallClock(zone, { year: y, month: mo, day: d, hour: h, minute: mi, second: s });
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** The value a `datetime-local` input shows for an instant in a zone setting ("2025-07-01T12:00:00"). */
export function instantToZonedInput(iso: string, setting: AuditLogTimeZone): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const zone = setting === 'local' ? 'local' : resolveZone(setting);
  if (zone === 'UTC') return new Date(ms).toISOString().slice(0, 19);
  const p = (n: number) => String(n).padStart(2, '0');
  if (zone === 'local') {
    const d = new Date(ms);
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
  }
  const c = wallClockIn(zone)(ms);
  return `${c.year}-${p(c.month)}-${p(c.day)}T${p(c.hour)}:${p(c.minute)}:${p(c.second)}`;
}
