import { useEffect, useState } from 'react';
import { useAuditLogContext } from '../context.js';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/** "3 minutes ago" in the viewer's locale (the browser's own words, Intl), refreshed every 30 s. */
export function RelativeTime({ iso }: { iso: string }) {
  const { controller } = useAuditLogContext();
  // The clock is read in effects only: a render (on the server, or hydrating) shows nothing here
  // rather than a time that the next render would contradict.
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const ms = Date.parse(iso);
  if (Number.isNaN(ms) || now === null) return null;
  const diff = ms - now;
  const [unit, size] = UNITS.find(([, n]) => Math.abs(diff) >= n) ?? ['second', 1000];
  const text = new Intl.RelativeTimeFormat(controller.locale?.code ?? 'en', { numeric: 'auto' }).format(Math.round(diff / size), unit);
  return <span className="alv-relative">{text}</span>;
}
