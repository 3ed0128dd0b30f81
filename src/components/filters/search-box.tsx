import { useEffect, useId, useRef, useState } from 'react';
import { useAuditLogContext, useSlot } from '../context.js';

/** How long typing pauses before the search runs. */
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * The full-text search box. Typing is debounced (each pause sends one search, as a `"typing"`
 * change); Enter sends at once (a `"commit"`). A search the backend cannot read shows why under
 * the box. Where the backend cannot search, the box says so instead of filtering the loaded page.
 */
export function AuditLogSearchBox() {
  const { controller, targets } = useAuditLogContext();
  const slot = useSlot();
  const { messages, filter } = controller;
  const id = useId();
  const helpId = useId();
  const errorId = useId();
  const committed = filter.search ?? '';
  const [text, setText] = useState(committed);
  // The box follows the filter when it changes from outside (Back, a link, Clear filters).
  const last = useRef(committed);
  useEffect(() => {
    if (committed !== last.current) {
      last.current = committed;
      setText(committed);
    }
  }, [committed]);
  const send = (value: string, reason: 'typing' | 'commit') => {
    if (value === last.current && reason === 'typing') return;
    last.current = value;
    const { search: _, ...rest } = controller.filter;
    controller.setFilter(value.trim() ? { ...rest, search: value } : rest, reason);
  };
  // The latest send, for the debounce timer (which must not restart on every render).
  const sendRef = useRef(send);
  sendRef.current = send;
  useEffect(() => {
    if (text === last.current) return;
    const timer = setTimeout(() => sendRef.current(text, 'typing'), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  if (!controller.capabilities.search) {
    return (
      <div className={slot('field', 'alv-search-field')}>
        <input
          ref={targets.search}
          id={id}
          type="search"
          className={slot('search')}
          aria-label={messages.search}
          aria-describedby={helpId}
          aria-disabled="true"
          readOnly
          placeholder={messages.searchUnsupportedShort}
        />
        <span id={helpId} className={slot('visuallyHidden')}>
          {messages.searchUnsupported}
        </span>
      </div>
    );
  }
  const error = controller.searchError;
  return (
    <div className={slot('field', 'alv-search-field')}>
      <input
        ref={targets.search}
        id={id}
        type="search"
        className={slot('search')}
        aria-label={messages.search}
        aria-describedby={error ? `${errorId} ${helpId}` : helpId}
        aria-invalid={error ? true : undefined}
        placeholder={messages.searchPlaceholder}
        value={text}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') send(text, 'commit');
        }}
      />
      <span id={helpId} className={slot('visuallyHidden')}>
        {messages.searchHelp}
      </span>
      {error ? (
        <span id={errorId} className={slot('fieldError')} role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
