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
            <bdi>{messages.errorMessage(failure)}</bdi>
            {' '}
            <span>{messages.errorHint(failure)}</span>
          </p>
          {/* An expired page token fails again on a retry: the way on is the first page. */}
          {failure.code === 'invalid_cursor' ? (
            <button type="button" className={slot('button')} onClick={() => controller.startOver()}>
              {messages.startOver}
            </button>
          ) : (
            <button type="button" className={slot('button')} aria-disabled={controller.isFetching} onClick={() => !controller.isFetching && controller.retry()}>
              {messages.retry}
            </button>
          )}
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
