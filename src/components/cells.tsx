import { useQuery } from '@tanstack/react-query';
import { describeActor } from '../format/actor.js';
import { revealControls } from '../format/bidi.js';
import type { AuditLogActorInfo } from '../adapter/types.js';
import { deriveActor, type AuditLogActor } from '../model/actor.js';
import { describeEventName } from '../model/catalogue.js';
import type { AuditLogEvent } from '../model/event.js';
import { actorNameQuery } from '../query/options.js';
import { useAuditLogContext, useSlot } from './context.js';
import { Highlight } from './highlight.js';

/** The event's label, with its raw name beside it in a quieter style. */
export function EventCell({ event }: { event: AuditLogEvent }) {
  const { controller } = useAuditLogContext();
  const slot = useSlot();
  const { label } = describeEventName(event.eventName);
  // dir="auto" isolates the text like <bdi> (the UA stylesheet gives [dir] unicode-bidi: isolate),
  // so a right-to-left override inside a name cannot reorder what stands around it.
  return (
    <>
      <bdi className={slot('eventLabel')}><Highlight text={label} words={controller.highlight} /></bdi>{' '}
      <code className={slot('eventName')} dir="auto">
        <Highlight text={event.eventName} words={controller.highlight} />
      </code>
    </>
  );
}

/** The typed actor, its name resolved through the adapter (batched, cached), never guessed. */
export function ActorCell({ event }: { event: AuditLogEvent }) {
  const { controller } = useAuditLogContext();
  const actor = deriveActor(event);
  // Only actors the backend can name pay for a query observer; the rest render at once.
  return actor.id !== null && controller.actors.canResolve(actor.kind)
    ? <ResolvedActor actor={actor as AuditLogActor & { id: string }} />
    : <ActorText actor={actor} info={undefined} loading={false} />;
}

function ResolvedActor({ actor }: { actor: AuditLogActor & { id: string } }) {
  const { controller } = useAuditLogContext();
  const info = useQuery(actorNameQuery(controller, actor.kind, actor.id), controller.queryClient);
  return <ActorText actor={actor} info={info.data} loading={info.isPending} />;
}

function ActorText({ actor, info, loading }: { actor: AuditLogActor; info: AuditLogActorInfo | null | undefined; loading: boolean }) {
  const { controller } = useAuditLogContext();
  const slot = useSlot();
  const shown = describeActor(actor, info, loading, controller.messages, controller.capabilities.hiddenActors);
  if (shown.text === null) {
    return (
      <span className={slot('skeleton', 'alv-skeleton-text')} role="img" aria-label={controller.messages.actorLoading} />
    );
  }
  return (
    <span className={slot('actor')}>
      <bdi><Highlight text={shown.text} words={controller.highlight} /></bdi>
      {shown.deleted ? <span className={slot('deleted')}>{` (${controller.messages.actorDeleted})`}</span> : null}
      {shown.id && shown.id !== shown.text ? (
        <>
          {' '}
          <code className={slot('actorId')} dir="ltr"><Highlight text={revealControls(shown.id)} words={controller.highlight} /></code>
        </>
      ) : null}
    </span>
  );
}

/** The time in the chosen zone, labeled with the zone; the exact ISO 8601 instant on hover and focus. */
export function TimeCell({ event }: { event: AuditLogEvent }) {
  const { controller } = useAuditLogContext();
  const slot = useSlot();
  const instant = new Date(event.eventTime);
  const iso = Number.isNaN(instant.getTime()) ? event.eventTime : instant.toISOString();
  return (
    <time className={slot('time')} dateTime={iso} title={iso}>
      {controller.formatTime(event.eventTime)}
      {/* Read by screen readers always; shown as a tooltip on hover and when the row has focus. */}
      <span className={slot('instant')}>
        <span className={slot('visuallyHidden')}>{` ${controller.messages.instant}: `}</span>
        {iso}
      </span>
    </time>
  );
}
