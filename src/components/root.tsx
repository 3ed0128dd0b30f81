import { useMemo, useRef, type ReactNode } from 'react';
import type { AuditLogController } from '../state/use-audit-log.js';
import { AuditLogProvider, createSlot, type AuditLogClassNames } from './context.js';
import { NowProvider } from './now.js';
import { useReportedWidth } from './use-reported-width.js';

// One object for "no class names": a fresh `{}` per render would change the context every render.
const NO_CLASSES: AuditLogClassNames = {};

/** Light, dark, or follow the person's system setting. */
export type AuditLogTheme = 'light' | 'dark' | 'system';

/** Props of {@link AuditLogRoot}. */
export interface AuditLogRootProps {
  /** From {@link useAuditLog}. */
  controller: AuditLogController;
  /** Default `"system"`. */
  theme?: AuditLogTheme;
  /** Extra class names per slot. */
  classNames?: AuditLogClassNames;
  /** Drops the viewer's own classes, so only the host's styles apply. */
  unstyled?: boolean;
  /** The parts, arranged as the host likes. */
  children: ReactNode;
}

/**
 * The viewer's root: a labeled region that carries the theme and gives its parts the state.
 * Every style of the stylesheet hangs under its `alv-root` class, so nothing leaks out.
 */
export function AuditLogRoot({ controller, theme = 'system', classNames = NO_CLASSES, unstyled = false, children }: AuditLogRootProps) {
  const rootClass = [unstyled ? undefined : 'alv-root', classNames.root].filter(Boolean).join(' ') || undefined;
  const root = useRef<HTMLElement>(null);
  const rows = useRef<HTMLTableSectionElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const chips = useRef<HTMLDivElement>(null);
  useReportedWidth(root, controller.reportWidth);
  const targets = useMemo(() => ({ root, rows, search, chips }), []);
  const slot = useMemo(() => createSlot(classNames, unstyled), [classNames, unstyled]);
  const value = useMemo(() => ({ controller, classNames, unstyled, targets, slot }), [controller, classNames, unstyled, targets, slot]);
  return (
    <AuditLogProvider value={value}>
      <section ref={root} className={rootClass} data-theme={theme} data-density={controller.density} data-audit-log-viewer="" aria-label={controller.messages.title}>
        <NowProvider active={controller.timeFormat === 'relative'}>{children}</NowProvider>
      </section>
    </AuditLogProvider>
  );
}
