import { isServer } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, type RefObject } from 'react';

// A layout effect does nothing on a server (and React 18 warns about one there).
const useClientLayoutEffect = isServer ? useEffect : useLayoutEffect;

/**
 * Reports an element's width now (before the first paint, so a column that fits is there in the
 * first frame) and whenever it resizes. Where ResizeObserver is missing (an old test DOM), the
 * first width is all there is.
 */
export function useReportedWidth(element: RefObject<HTMLElement | null>, report: (width: number) => void): void {
  useClientLayoutEffect(() => {
    const node = element.current;
    if (!node) return;
    report(node.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => report(node.getBoundingClientRect().width));
    observer.observe(node);
    return () => observer.disconnect();
  }, [element, report]);
}
