import { useMemo } from 'react';
import { withMessageDefaults } from '../format/core-messages.js';
import { useAuditLogContext } from './context.js';

/**
 * The viewer's messages with the defaults of a part that loads on first use (`DETAILS_MESSAGES`,
 * `EXPORT_MESSAGES`, `TIMELINE_MESSAGES`) under the host's own words: those defaults come with
 * the part's code, not in the first load (see core-messages.ts).
 */
export function usePartMessages<T extends object>(defaults: T) {
  const { controller } = useAuditLogContext();
  return useMemo(() => withMessageDefaults(controller.messages, defaults), [controller.messages, defaults]);
}
