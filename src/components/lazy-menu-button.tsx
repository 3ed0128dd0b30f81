import { lazy, Suspense, useState, type ComponentType } from 'react';
import type { AuditLogControllerMessages } from '../format/core-messages.js';
import { useAuditLogContext, useSlot } from './context.js';

/**
 * A menu button whose menu loads on first use (and starts loading when the pointer or focus
 * reaches the button): until then it is a plain button, so that the first rows pay nothing for
 * the menu. `load` gives the menu, which renders its own button, opened.
 */
export function lazyMenuButton(load: () => Promise<ComponentType>, label: (messages: AuditLogControllerMessages) => string): ComponentType {
  const Menu = lazy(() => load().then((component) => ({ default: component })));
  const preload = () => void load();
  return function LazyMenuButton() {
    const { controller } = useAuditLogContext();
    const slot = useSlot();
    const [used, setUsed] = useState(false);
    const button = (
      <div className={slot('field', 'alv-filter')}>
        <button type="button" className={slot('button')} aria-haspopup="menu" aria-expanded={false} onPointerEnter={preload} onFocus={preload} onClick={() => setUsed(true)}>
          {label(controller.messages)}
        </button>
      </div>
    );
    if (!used) return button;
    return (
      <Suspense fallback={button}>
        <Menu />
      </Suspense>
    );
  };
}
