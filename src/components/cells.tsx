import { describeActor } from '../format/actor.js';
import { revealControls } from '../format/bidi.js';
import { relativeText } from '../format/relative.js';
import type { AuditLogActorInfo } from '../adapter/types.js';
import { deriveActor, type AuditLogActor } from '../model/actor.js';
import { describeEventName } from '../model/catalogue.js';
import type { AuditLogEvent } from '../model/event.js';
import type { AuditLogController } from '../state/controller-types.js';
import { useAuditLogContext, useSlot, type AuditLogSlotClass } from './context.js';
import { highlight } from './highlight.js';
import { exactInstant } from './instant-tip.js';
import { useTableNow } from './now.js';

/** The event's label, with its raw name beside it in a quieter style. */
export function EventCell({ event }: { event: AuditLogEvent }) {
  const { controller } = useAuditLogContext();
  const slot = useSlot();
  const { label } = describeEventName(event.eventName);
  // dir="auto" isolates the text like <bdi> (the UA stylesheet gives [dir] unicode-bidi: isolate),
  // so a right-to-left override inside a name cannot reorder what stands around it.
  return (
    <>
      <bdi className={slot('eventLabel')}>{highlight(label, controller.highlight, slot('mark'))}</bdi>{' '}
      <code className={slot('eventName')} dir="auto">
        {highlight(event.eventName, controller.highlight, slot('mark'))}
      </code>
    </>
  );
}

/**
 * The typed actor, its name never guessed: read from the page's names (sent with the page, or
 * found by its one lookup), with no query of its own, so that a page of rows costs one lookup.
 */
export function ActorCell({ event }: { event: AuditLogEvent }) {
  const { controller } = useAuditLogContext();
  const slot = useSlot();
  const actor = deriveActor(event);
  const name = actor.id !== null && controller.actors.canResolve(actor.kind) ? controller.actorName(actor.kind, actor.id) : NO_NAME;
  return actorText(actor, name.info, name.loading, controller, slot);
}

const NO_NAME = { info: undefined, loading: false } as const;

/** A host's link, if it is one a person may follow: http(s), or a path of this site. */
function safeHref(href: string | undefined): string | undefined {
  return href && /^(https?:\/\/|\/(?!\/)|\.{1,2}\/|\?|#)/i.test(href.trim()) ? href : undefined;
}

/** The actor in words (a function: one component per cell is enough). */
function actorText(actor: AuditLogActor, info: AuditLogActorInfo | null | undefined, loading: boolean, controller: AuditLogController, slot: AuditLogSlotClass) {
  const shown = describeActor(actor, info, loading, controller.messages, controller.capabilities.hiddenActors);
  if (shown.text === null) {
    return (
      <span className={slot('skeleton', 'alv-skeleton-text')} role="img" aria-label={controller.messages.actorLoading} />
    );
  }
  const name = <bdi className={slot('actor')}>{highlight(shown.text, controller.highlight, slot('mark'))}</bdi>;
  const href = actor.id && !shown.deleted ? safeHref(controller.actorHref?.({ kind: actor.kind, id: actor.id })) : undefined;
  return (
    <>
      {href ? (
        // The host's page for the actor; a click on it is not a click on the row (which opens the details).
        <a href={href} onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()}>
          {name}
        </a>
      ) : (
        name
      )}
      {shown.deleted ? <span className={slot('deleted')}>{` (${controller.messages.actorDeleted})`}</span> : null}
      {shown.id && shown.id !== shown.text ? (
        <>
          {' '}
          <code className={slot('actorId')} dir="ltr">{highlight(revealControls(shown.id), controller.highlight, slot('mark'))}</code>
        </>
      ) : null}
    </>
  );
}

/**
 * The time in the chosen zone, labeled with the zone, or how long ago it was ("Relative times");
 * the exact ISO 8601 instant in its title, and on hover and focus in the table's one tooltip (see
 * InstantTip). A relative time keeps the zone's date and time in its title too.
 */
export function TimeCell({ event }: { event: AuditLogEvent }) {
  const { controller } = useAuditLogContext();
  const slot = useSlot();
  const now = useTableNow();
  const iso = exactInstant(event);
  const absolute = controller.formatTime(event.eventTime);
  const relative = now === null ? null : relativeText(event.eventTime, now, controller.locale?.code ?? 'en');
  return (
    <time className={slot('time')} dateTime={iso} title={relative === null ? iso : `${absolute} (${iso})`}>
      {relative ?? absolute}
    </time>
  );
}
