import { relativeText } from '../../format/relative.js';
import { useAuditLogContext } from '../context.js';
import { useNow } from '../now.js';

/** "3 minutes ago" in the viewer's locale (the browser's own words, Intl), refreshed every 30 s. */
export function RelativeTime({ iso }: { iso: string }) {
  const { controller } = useAuditLogContext();
  const now = useNow(true);
  const text = now === null ? null : relativeText(iso, now, controller.locale?.code ?? 'en');
  return text === null ? null : <span className="alv-relative">{text}</span>;
}
