import { useEffect, type RefObject } from 'react';

/**
 * While `open`, a pointer press outside both the trigger and its panel calls `dismiss`: the way
 * a popover or a menu closes when the person moves on. (Escape is each part's own.)
 */
export function useOutsideDismiss(open: boolean, refs: readonly RefObject<HTMLElement | null>[], dismiss: () => void): void {
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!refs.some((ref) => ref.current?.contains(target))) dismiss();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
    // `refs` and `dismiss` are stable enough: refs are ref objects, dismiss only sets state.
  }, [open]);
}
