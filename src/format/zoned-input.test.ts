import { describe, expect, it } from 'vitest';
import { instantToZonedInput, zonedInputToInstant } from './zoned-input.js';

describe('times typed in a zone', () => {
  it('reads a wall-clock time in UTC, a named zone and across daylight saving', () => {
    expect(zonedInputToInstant('2025-07-01T10:00:00', 'UTC')).toBe('2025-07-01T10:00:00.000Z');
    expect(zonedInputToInstant('2025-07-01T10:00', 'Asia/Tokyo')).toBe('2025-07-01T01:00:00.000Z');
    expect(zonedInputToInstant('2025-07-01T10:00:05', 'Europe/Paris')).toBe('2025-07-01T08:00:05.000Z');
    expect(zonedInputToInstant('2025-01-01T10:00:00', 'Europe/Paris')).toBe('2025-01-01T09:00:00.000Z');
    expect(zonedInputToInstant('2025-07-01T10:00:00', 'Asia/Kolkata')).toBe('2025-07-01T04:30:00.000Z');
  });

  it('shows an instant as a wall-clock time in the zone, and back', () => {
    expect(instantToZonedInput('2025-07-01T01:00:00.000Z', 'Asia/Tokyo')).toBe('2025-07-01T10:00:00');
    expect(instantToZonedInput('2025-07-01T10:00:00.000Z', 'UTC')).toBe('2025-07-01T10:00:00');
    for (const zone of ['UTC', 'local', 'America/New_York', 'Australia/Lord_Howe']) {
      const iso = '2025-03-09T07:30:15.000Z';
      expect(zonedInputToInstant(instantToZonedInput(iso, zone), zone)).toBe(iso);
    }
  });

  it('refuses what is not a time', () => {
    expect(zonedInputToInstant('', 'UTC')).toBeNull();
    expect(zonedInputToInstant('2025-13-01T10:00', 'UTC')).toBeNull();
    expect(zonedInputToInstant('July 1', 'UTC')).toBeNull();
    expect(instantToZonedInput('nope', 'UTC')).toBe('');
  });
});

describe('wall clocks across daylight saving', () => {
  it('moves a time in the spring gap forward, and takes the earlier of two in the autumn overlap', async () => {
    const { instantOfWallClock } = await import('./wall-clock.js');
    // Paris, 2025-03-30: 02:00–03:00 does not exist; 2025-10-26: 02:00–03:00 happens twice.
    expect(new Date(instantOfWallClock('Europe/Paris', { year: 2025, month: 3, day: 30, hour: 2, minute: 30, second: 0 })).toISOString()).toBe('2025-03-30T01:30:00.000Z');
    expect(new Date(instantOfWallClock('Europe/Paris', { year: 2025, month: 10, day: 26, hour: 2, minute: 30, second: 0 })).toISOString()).toBe('2025-10-26T00:30:00.000Z');
    expect(new Date(instantOfWallClock('Europe/Paris', { year: 2025, month: 10, day: 26, hour: 3, minute: 30, second: 0 })).toISOString()).toBe('2025-10-26T02:30:00.000Z');
  });
});
