import type { RefObject } from 'react';
import { useClientLayoutEffect } from '../state/use-first-page-before-paint.js';

/**
 * Reports an element's layout width now (before the first paint, so a column that fits is there
 * in the first frame) and whenever it resizes: `offsetWidth`, which a transform (a drawer's
 * opening scale) does not change, as a ResizeObserver does not see one. Where ResizeObserver is missing (an old test DOM), the
 * first width is all there is.
 */
export function useReportedWidth(element: RefObject<HTMLElement | null>, report: (width: number) => void): void {
  useClientLayoutEffect(() => {
    const node = element.current;
    if (!node) return;
    report(node.offsetWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => report(node.offsetWidth));
    observer.observe(node);
    return () => observer.disconnect();
  }, [element, report]);
}
