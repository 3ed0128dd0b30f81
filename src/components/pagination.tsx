import { useId } from 'react';
import { useAuditLogContext, useSlot } from './context.js';
import { AuditLogEventCount } from './event-count.js';

/** The count of matching events (where the backend counts), Previous/Next by cursor, the page number, and "Rows per page" where the backend allows it. */
export function AuditLogPagination() {
  const { controller } = useAuditLogContext();
  const slot = useSlot();
  const sizeId = useId();
  const { messages, pageSizes } = controller;
  if (controller.status === 'error' || controller.status === 'empty' || controller.status === 'no-match') return null;
  const sizes = [...pageSizes].sort((a, b) => a - b);
  return (
    <nav className={slot('pagination')} aria-label={messages.paginationLabel(messages.title)}>
      <AuditLogEventCount />
      {sizes.length > 1 ? (
        <span className={slot('field')}>
          <label htmlFor={sizeId}>{messages.rowsPerPage}</label>
          <select id={sizeId} className={slot('select')} value={controller.pageSize} onChange={(e) => controller.setPageSize(Number(e.target.value))}>
            {sizes.map((size) => (
              <option key={size} value={size}>{size}</option>
            ))}
          </select>
        </span>
      ) : (
        <span className={slot('pageStatus')}>{messages.fixedPageSize(controller.pageSize)}</span>
      )}
      <span className={slot('pageStatus')} aria-live="polite">
        {controller.isLoadingMore ? messages.loadingMore : messages.pageStatus(controller.pageIndex + 1)}
      </span>
      {/* aria-disabled, not disabled: a disabled button drops keyboard focus to the page body. */}
      <button type="button" className={slot('button')} aria-disabled={!controller.hasPreviousPage} onClick={() => controller.hasPreviousPage && controller.previousPage()}>
        {messages.previousPage}
      </button>
      <button type="button" className={slot('button')} aria-disabled={!controller.hasNextPage || controller.isLoadingMore} onClick={() => controller.hasNextPage && !controller.isLoadingMore && controller.nextPage()}>
        {messages.nextPage}
      </button>
    </nav>
  );
}
