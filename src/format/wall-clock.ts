/** The wall-clock fields of an instant in a zone. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** The zone's short name at that instant ("GMT+9", "CEST"). */
  zoneName: string;
}

/**
 * Reads instants as wall-clock times in one IANA zone, through one `Intl.DateTimeFormat` (made
 * once per zone, not per row). This small piece replaces a time-zone date library: the viewer only
 * needs fields, the zone's short name, and the way back from fields to an instant.
 */
export function wallClockIn(zone: string): (ms: number) => WallClock {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
    timeZoneName: 'short',
  });
  return (ms) => {
    const out: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, zoneName: zone };
    for (const part of format.formatToParts(ms)) {
      if (part.type === 'timeZoneName') out.zoneName = part.value;
      else if (part.type in out) (out as unknown as Record<string, number>)[part.type] = Number(part.value);
    }
    return out;
  };
}

/**
 * The instant at which a zone's clocks show the given fields. In a daylight-saving gap (a time
 * that does not exist there) it gives the instant an hour later, as clocks do; in an overlap, the
 * earlier of the two.
 */
export function instantOfWallClock(zone: string, fields: Omit<WallClock, 'zoneName'>): number {
  const read = wallClockIn(zone);
  const asUtc = (c: Omit<WallClock, 'zoneName'>) => Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  const target = asUtc(fields);
  // The zone's offset near the target, then again at the first guess (the offset may differ there).
  let guess = target - (asUtc(read(target)) - target);
  guess = target - (asUtc(read(guess)) - guess);
  // An overlap: the hour before may show the same fields.
  const earlier = guess - 3_600_000;
  return asUtc(read(earlier)) === target ? earlier : guess;
}
