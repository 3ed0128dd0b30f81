import { useAuditLogContext, useSlot } from '../context.js';

/**
 * What a filter's option list is doing: loading, failed (with Retry), or empty. One place for the
 * three states every popover with fetched options has.
 */
export function OptionsStatus({ pending, failed, empty, retry }: { pending: boolean; failed: boolean; empty: boolean; retry: () => void }) {
  const { controller } = useAuditLogContext();
  const slot = useSlot();
  const { messages } = controller;
  if (pending) return <p className={slot('hint')} role="status">{messages.optionsLoading}</p>;
  if (failed) {
    return (
      <p className={slot('fieldError')} role="alert">
        {messages.optionsFailed}{' '}
        <button type="button" className={slot('button')} onClick={retry}>{messages.retry}</button>
      </p>
    );
  }
  return empty ? <p className={slot('hint')} role="status">{messages.noOptions}</p> : null;
}
