import { useEffect, useId, useRef } from 'react';
import { useAuditLogContext, useSlot } from './context.js';

/**
 * The list of keyboard shortcuts, a dialog named "Keyboard shortcuts" (loaded when `?` first
 * asks for it, see shortcuts.tsx): focus goes to its Close button; Escape or Close calls `onClose`.
 */
export function ShortcutsList({ onClose }: { onClose: () => void }) {
  const { controller } = useAuditLogContext();
  const slot = useSlot();
  const dialog = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => dialog.current?.querySelector<HTMLElement>('button')?.focus(), []);
  const { messages } = controller;
  return (
    <div
      ref={dialog}
      role="dialog"
      aria-labelledby={titleId}
      className={slot('popover', 'alv-shortcuts')}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        // Escape closes this list, not the details behind it.
        e.preventDefault();
        e.nativeEvent.stopImmediatePropagation();
        onClose();
      }}
    >
      <h2 id={titleId}>{messages.shortcutsTitle}</h2>
      <dl>
        {messages.shortcuts.map(([keys, what]) => (
          <div key={keys}>
            <dt><kbd>{keys}</kbd></dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className={slot('button')} onClick={onClose}>
        {messages.close}
      </button>
    </div>
  );
}
