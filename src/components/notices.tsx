import { useAuditLogContext, useSlot } from './context.js';

/**
 * What went wrong and how to go on: the first page's error (instead of the table), a failure to
 * load more (above the rows, which stay), and a partial result.
 */
export function AuditLogNotices() {
  const { controller } = useAuditLogContext();
  const slot = useSlot();
  const { messages, error, pageError, partial } = controller;
  const failure = error ?? pageError;
  return (
    <>
      {failure ? (
        <div role="alert" className={slot('error')}>
          <p>
            <strong>{messages.errorTitle}</strong>
            {' '}
            <span>{messages.errorMessage(failure)}</span>
          </p>
          <button type="button" className={slot('button')} aria-disabled={controller.isFetching} onClick={() => !controller.isFetching && controller.retry()}>
            {messages.retry}
          </button>
        </div>
      ) : null}
      {partial ? (
        <p role="status" className={slot('notice')}>
          {messages.partial(partial)}
        </p>
      ) : null}
    </>
  );
}
