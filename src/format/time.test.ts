import { fr } from 'date-fns/locale';
import { afterEach, describe, expect, it } from 'vitest';
import { createTimeFormatter } from './time.js';

const tz = process.env.TZ;
afterEach(() => {
  process.env.TZ = tz;
});

describe('createTimeFormatter', () => {
  it('labels the local zone by its offset, half hours and daylight saving included', () => {
    process.env.TZ = 'Asia/Kolkata';
    expect(createTimeFormatter('local')('2025-07-01T17:04:12.345Z')).toBe('2025-07-01 22:34:12 UTC+05:30');
    process.env.TZ = 'America/New_York';
    const local = createTimeFormatter('local');
    expect(local('2025-07-01T17:04:12Z')).toBe('2025-07-01 13:04:12 UTC-04:00');
    expect(local('2025-01-15T17:04:12Z')).toBe('2025-01-15 12:04:12 UTC-05:00');
  });

  it('formats UTC from the ISO string, named zones with their abbreviation, and a locale\'s date', () => {
    expect(createTimeFormatter('UTC')('2025-07-01T17:04:12.999Z')).toBe('2025-07-01 17:04:12 UTC');
    expect(createTimeFormatter('Europe/Paris')('2025-01-15T17:04:12Z')).toBe('2025-01-15 18:04:12 GMT+1');
    expect(createTimeFormatter('UTC', fr)('2025-07-01T17:04:12Z')).toBe('01/07/2025 17:04:12 UTC');
  });

  it('keeps an unreadable time as it came, and treats an unknown zone as UTC', () => {
    expect(createTimeFormatter('UTC')('not a time')).toBe('not a time');
    expect(createTimeFormatter('Nowhere/Special')('2025-07-01T17:04:12Z')).toBe('2025-07-01 17:04:12 UTC');
  });
});

describe('short dates in a locale', () => {
  it('follows each date-fns locale\'s short pattern, as date-fns format "P" does', async () => {
    const { format } = await import('date-fns');
    const locales = await import('date-fns/locale');
    const { formatShortDate } = await import('./locale-date.js');
    const day = new Date(2025, 0, 7, 12);
    let checked = 0;
    for (const locale of Object.values(locales)) {
      if (!locale || typeof locale !== 'object' || !('formatLong' in locale)) continue;
      expect([locale.code, formatShortDate(locale, 2025, 1, 7)]).toEqual([locale.code, format(day, 'P', { locale })]);
      checked++;
    }
    expect(checked).toBeGreaterThan(80);
  });
});
