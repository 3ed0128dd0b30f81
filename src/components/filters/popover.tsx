import { Suspense, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useAuditLogContext, useSlot } from '../context.js';
import { useOutsideDismiss } from '../use-outside-dismiss.js';

/** Props of {@link FilterPopover}. */
export interface FilterPopoverProps {
  /** The button's accessible name and the panel's ("Event type"). */
  label: string;
  /** What is chosen, shown on the button and read as its description ("2 selected"). */
  summary?: string;
  /** The panel's content; `close` closes it and returns focus to the button. */
  children: (close: () => void) => ReactNode;
}

/**
 * A filter's button and its panel (a non-modal dialog): opens on click, Enter or Space; Escape or
 * a click outside closes it, and Escape returns focus to the button. Focus moves into the panel
 * on open, to its first field.
 */
export function FilterPopover({ label, summary, children }: FilterPopoverProps) {
  const slot = useSlot();
  const { controller } = useAuditLogContext();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const summaryId = useId();
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  useEffect(() => {
    const el = panel.current;
    if (!open || !el) return;
    // The content may still be loading (it is fetched on first open): focus its first field as
    // soon as there is one.
    const focusFirst = () => {
      const field = el.querySelector<HTMLElement>('input, select, button');
      field?.focus();
      return Boolean(field);
    };
    if (focusFirst()) return;
    const observer = new MutationObserver(() => focusFirst() && observer.disconnect());
    observer.observe(el, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [open]);
  useEffect(() => {
    if (!open) return;
    // Escape closes from anywhere while open (focus may still be on the button while the content loads).
    const onKeyDown = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  });
  useOutsideDismiss(open, [panel, button], () => setOpen(false));
  return (
    <div className={slot('field', 'alv-filter')}>
      <button
        ref={button}
        type="button"
        className={slot('filterButton')}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-haspopup="dialog"
        aria-describedby={summary ? summaryId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
      </button>
      {/* Beside the button, not in it: the button's name stays its label, the choice describes it. */}
      {summary ? (
        // Isolated: the choice may be an actor id or an event name, i.e. event data.
        <bdi className="alv-filter-summary" id={summaryId}>
          {summary}
        </bdi>
      ) : null}
      {open ? (
        <div
          ref={panel}
          id={panelId}
          role="dialog"
          aria-label={label}
          className={slot('popover')}
        >
          <Suspense fallback={<p role="status" className={slot('hint')}>{controller.messages.optionsLoading}</p>}>{children(close)}</Suspense>
        </div>
      ) : null}
    </div>
  );
}
