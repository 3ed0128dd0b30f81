import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { AuditLogError, isAuditLogError } from '../../errors.js';
import { englishSummary } from '../../describe/summary.js';
import { escapeControlsInJson, isolate, revealControls } from '../../format/bidi.js';
import { stringifyDeep } from '../../format/deep-json.js';
import { prettyJson } from '../../format/deep-walk.js';
import { describeEventName } from '../../model/catalogue.js';
import { ACTOR_ID_FIELDS, type AuditLogEvent } from '../../model/event.js';
import { eventQuery } from '../../query/on-demand.js';
import { useAuditLogContext, useSlot } from '../context.js';
import { EventBoundary } from '../event-boundary.js';
import { CopyButton } from './copy-button.js';
import { DiffSection } from './diff-section.js';
import { JsonTree } from './json-tree.js';
import { RelativeTime } from './relative-time.js';
import { useActor } from './use-actor.js';
import { useDetailNames } from './use-detail-names.js';
import { DETAILS_MESSAGES } from '../../format/messages/details.js';
import { usePartMessages } from '../use-part-messages.js';

// What Tab stops at inside the panel.
const TAB_STOPS = 'button, a[href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
const TYPING = /^(INPUT|TEXTAREA|SELECT)$/;

const loadError = (error: unknown) => (isAuditLogError(error) ? error : new AuditLogError('server', String(error)));

/** The panel itself, loaded when an event is first opened (see `AuditLogDetails`). */
export function DetailsPanel({ id }: { id: string }) {
  const { controller, targets } = useAuditLogContext();
  const slot = useSlot();
  const { adapter } = controller;
  const messages = usePartMessages(DETAILS_MESSAGES);
  const titleId = useId();
  const keysId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const onPage = controller.events.find((e) => e.id === id);
  const fetched = useQuery(eventQuery(controller, id, !onPage), controller.queryClient);
  const event = onPage ?? fetched.data ?? null;
  const notFound = !onPage && (fetched.data === null || (isAuditLogError(fetched.error) && fetched.error.code === 'not_found'));

  // Focus moves into the panel when it opens (to its title), and stays put while Previous/Next move.
  useEffect(() => {
    panel.current?.querySelector<HTMLElement>('h2')?.focus();
  }, []);

  const close = () => {
    const body = targets.rows.current;
    controller.selectEvent(null);
    // Back to the event's row (or, for an event from a link, the table's current row).
    const rows = [...(body?.querySelectorAll<HTMLElement>('tr[data-event-id]') ?? [])];
    (rows.find((tr) => tr.getAttribute('data-event-id') === id) ?? body?.querySelector<HTMLElement>('tr[data-row][tabindex="0"]'))?.focus();
  };
  // Escape closes the panel wherever focus is (after a click on another row, it is in the table),
  // unless a popover or menu of the viewer is open: Escape is theirs first.
  const closeRef = useRef(close);
  closeRef.current = close;
  useEffect(() => {
    const onKeyDown = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      if (targets.root.current?.querySelector('[aria-expanded="true"]')) return;
      e.preventDefault();
      closeRef.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // Tab cycles inside the panel: it stands over the page's edge, and the next stop in the
    // document is the host's page behind it. A pointer still reaches the rows (the panel is not modal).
    if (e.key === 'Tab' && panel.current) {
      const stops = [...panel.current.querySelectorAll<HTMLElement>(TAB_STOPS)].filter((el) => !el.hasAttribute('disabled'));
      const [first, last] = [stops[0], stops.at(-1)];
      const at = document.activeElement;
      if (first && last && !e.shiftKey && (at === last || !panel.current.contains(at))) {
        e.preventDefault();
        first.focus();
      } else if (first && last && e.shiftKey && (at === first || !stops.includes(at as HTMLElement))) {
        e.preventDefault();
        last.focus();
      }
      return;
    }
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && !TYPING.test((e.target as HTMLElement).tagName)) {
      e.preventDefault();
      if (e.key === 'ArrowDown') controller.selectNextEvent();
      else controller.selectPreviousEvent();
    }
  };

  // The title stands outside the event's boundary (it names the dialog): an event whose name no
  // code can read gets the "cannot be displayed" message as its title instead of taking the panel down.
  const title = event ? (typeof event.eventName === 'string' ? describeEventName(event.eventName).label : messages.eventUndisplayable) : notFound ? messages.eventNotFound : messages.detailsLoading;
  return (
    <div ref={panel} role="dialog" aria-labelledby={titleId} aria-describedby={keysId} className={slot('details')} onKeyDown={onKeyDown}>
      <div className="alv-details-bar">
        <button type="button" className={slot('button')} aria-disabled={!controller.hasPreviousEvent} aria-keyshortcuts="ArrowUp" onClick={() => controller.hasPreviousEvent && controller.selectPreviousEvent()}>
          {messages.previousEvent}
        </button>
        <button type="button" className={slot('button')} aria-disabled={!controller.hasNextEvent} aria-keyshortcuts="ArrowDown" onClick={() => controller.hasNextEvent && controller.selectNextEvent()}>
          {messages.nextEvent}
        </button>
        {controller.eventLink && event ? <CopyButton label={messages.copyLink} text={() => controller.eventLink!(event.id)} /> : null}
        <button type="button" className={slot('button')} aria-keyshortcuts="Escape" onClick={close}>
          {messages.close}
        </button>
      </div>
      <h2 id={titleId} tabIndex={-1} className="alv-details-title">
        <bdi>{title}</bdi>
      </h2>
      <p id={keysId} className={slot('visuallyHidden')}>{messages.detailsKeys}</p>
      {event ? (
        <EventBoundary event={event} message={messages.eventUndisplayable}>
          <EventBody event={event} />
        </EventBoundary>
      ) : notFound ? (
        <p>{messages.eventNotFoundBody}</p>
      ) : fetched.isError ? (
        <div role="alert" className={slot('error')}>
          <p>
            <bdi>{messages.errorMessage(loadError(fetched.error))}</bdi> {messages.errorHint(loadError(fetched.error))}
          </p>
          <button type="button" className={slot('button')} onClick={() => void fetched.refetch()}>{messages.retry}</button>
        </div>
      ) : (
        <p role="status">{messages.detailsLoading}</p>
      )}
    </div>
  );
}

function EventBody({ event }: { event: AuditLogEvent }) {
  const { controller } = useAuditLogContext();
  const slot = useSlot();
  const { capabilities, filter } = controller;
  const messages = usePartMessages(DETAILS_MESSAGES);
  const { actor, info, shown } = useActor(event);
  const [view, setView] = useState<'tree' | 'raw'>('tree');
  const actorText = shown.text ?? shown.id ?? messages.actorSystem;
  const names = useDetailNames(event);
  const impersonator = [event.eventDetails.impersonatorEmail, (event.eventDetails.session as { impersonatorEmail?: unknown } | undefined)?.impersonatorEmail].find((v): v is string => typeof v === 'string' && v !== '');
  const canFilterName = capabilities.eventNameFilter !== 'none';
  const actorFilter =
    actor.id && (capabilities.actorIdFilter === 'multiple' || (capabilities.actorIdFilter === 'single_user' && actor.kind === 'user'))
      ? { ...filter, actorIds: [actor.id] }
      : capabilities.actorKindFilter
        ? { ...filter, actorKinds: [actor.kind] }
        : null;
  return (
    <>
      <p className="alv-details-name">
        <code dir="auto">{event.eventName}</code>{' '}
        {canFilterName ? (
          <button type="button" className={slot('button', 'alv-link')} aria-label={`${messages.filterToThis}: ${event.eventName}`} onClick={() => controller.setFilter({ ...filter, eventNames: [event.eventName] })}>
            {messages.filterToThis}
          </button>
        ) : null}
      </p>
      <p className="alv-details-time">
        <time dateTime={event.eventTime}>{controller.formatTime(event.eventTime)}</time> · <code dir="ltr">{event.eventTime}</code> · <RelativeTime iso={event.eventTime} />
      </p>
      <p className="alv-details-id">
        {messages.eventId}: <code dir="ltr">{revealControls(event.id)}</code> <CopyButton label={messages.copyValue(messages.eventId.toLowerCase())} text={() => event.id} />
      </p>
      <p className="alv-details-summary">
        <bdi>{(messages.summary ?? englishSummary)(event, { actor: shown.hidden ? messages.actorSomeone : actorText, name: names.name, role: names.role })}</bdi>
      </p>
      <section className="alv-details-section" aria-label={messages.sectionActor}>
        <h3>{messages.sectionActor}</h3>
        <p>
          {shown.hidden ? <strong>{actorText}</strong> : <><strong>{messages.actorKindName(actor.kind)}</strong>: <bdi>{actorText}</bdi></>}
          {shown.deleted ? ` (${messages.actorDeleted})` : null}
          {info?.email && info.email !== actorText ? <> · <bdi>{info.email}</bdi></> : null}
          {actorFilter ? (
            <>
              {' '}
              <button type="button" className={slot('button', 'alv-link')} aria-label={`${messages.filterToThis}: ${actor.id ?? messages.actorKindName(actor.kind)}`} onClick={() => controller.setFilter(actorFilter)}>
                {messages.filterToThis}
              </button>
            </>
          ) : null}
        </p>
        {shown.hidden ? <p className={slot('notice')}>{messages.actorHiddenHelp}</p> : null}
        {impersonator ? <p className={slot('notice')}>{messages.impersonatedBy(isolate(impersonator))}</p> : null}
        <dl className="alv-details-ids">
          {ACTOR_ID_FIELDS.filter((field) => typeof event[field] === 'string' && event[field] !== '').map((field) => (
            <div key={field}>
              <dt>{messages.actorIdName(field)}</dt>
              <dd>
                <code dir="ltr">{revealControls(event[field] as string)}</code> <CopyButton label={messages.copyValue(messages.actorIdName(field))} text={() => event[field] as string} />
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <DiffSection event={event} />
      <section className="alv-details-section" aria-label={messages.sectionRaw}>
        <h3>{messages.sectionRaw}</h3>
        <div className="alv-details-bar">
          <button type="button" className={slot('button')} aria-pressed={view === 'tree'} onClick={() => setView('tree')}>{messages.viewTree}</button>
          <button type="button" className={slot('button')} aria-pressed={view === 'raw'} onClick={() => setView('raw')}>{messages.viewRaw}</button>
          <CopyButton label={messages.copyJson} text={() => prettyJson(event)} />
        </div>
        {view === 'tree' ? <JsonTree value={event as unknown as Record<string, unknown>} /> : <pre className="alv-json-raw" dir="ltr">{escapeControlsInJson(stringifyDeep(event))}</pre>}
      </section>
    </>
  );
}
