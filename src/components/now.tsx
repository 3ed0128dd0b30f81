import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

/** How often relative times ("5 minutes ago") move on. */
const TICK_MS = 30_000;

/**
 * "Now" for relative times, refreshed every 30 s while `active`. The clock is read in effects
 * only: a render (on the server, or hydrating) gets `null` and shows the absolute time rather
 * than a time that the next render would contradict. Each caller has its own clock: a table's
 * is one, for all its rows (see the Time cell).
 */
export function useNow(active: boolean): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => {
      clearInterval(timer);
      // Switched back on later, relative times wait for a fresh clock, not the old one.
      setNow(null);
    };
  }, [active]);
  return active ? now : null;
}

/** The table's "now" (see {@link NowProvider}); `null` when times are absolute or not yet read. */
const NowContext = createContext<number | null>(null);

/** Gives the Time cells one clock (one timer for a page of rows, not one a row), while `active`. */
export function NowProvider({ active, children }: { active: boolean; children: ReactNode }) {
  return <NowContext.Provider value={useNow(active)}>{children}</NowContext.Provider>;
}

/** The "now" a Time cell reads relative times from. */
export const useTableNow = () => useContext(NowContext);
