import { useId } from 'react';
import { useAuditLogContext, useSlot } from '../context.js';

/** Newest or oldest first, where the backend offers both. */
export function AuditLogSortSelect() {
  const { controller } = useAuditLogContext();
  const slot = useSlot();
  const id = useId();
  const { messages, capabilities, filter } = controller;
  if (capabilities.sorts.length < 2) return null;
  return (
    <span className={slot('field')}>
      <label htmlFor={id}>{messages.sort}</label>
      <select
        id={id}
        className={slot('select')}
        value={controller.sort}
        onChange={(e) => controller.setFilter({ ...filter, sort: e.target.value === 'oldest' ? 'oldest' : 'newest' })}
      >
        {capabilities.sorts.map((sort) => (
          <option key={sort} value={sort}>
            {sort === 'newest' ? messages.sortNewest : messages.sortOldest}
          </option>
        ))}
      </select>
    </span>
  );
}
