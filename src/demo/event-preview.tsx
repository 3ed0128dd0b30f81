import { useQuery } from '@tanstack/react-query';
import type { AuditLogAdapter } from '../adapter/types.js';
import { deriveActor } from '../model/actor.js';
import { describeEventName } from '../model/catalogue.js';

/**
 * A stand-in for the viewer until it exists: the newest page of events through an adapter, as a
 * plain table. It proves the adapter, the mock backend and the catalogue end to end.
 */
export function EventPreview({ adapter }: { adapter: AuditLogAdapter }) {
  const pageSize = adapter.capabilities.pageSizes[0]!;
  const query = useQuery({
    queryKey: ['preview', adapter.id, pageSize],
    queryFn: ({ signal }) => adapter.listEvents({ filter: {}, sort: 'newest', pageSize, cursor: null, signal }),
  });
  if (query.isPending) return <p role="status">Loading audit log events…</p>;
  if (query.isError) {
    return (
      <div role="alert">
        <p>{query.error.message}</p>
        <button type="button" onClick={() => void query.refetch()}>Retry</button>
      </div>
    );
  }
  if (query.data.events.length === 0) return <p>No events yet.</p>;
  return (
    <table aria-label="Audit log events">
      <thead>
        <tr>
          <th scope="col">Event</th>
          <th scope="col">Actor</th>
          <th scope="col">Time (UTC)</th>
        </tr>
      </thead>
      <tbody>
        {query.data.events.map((event) => {
          const actor = deriveActor(event);
          return (
            <tr key={event.id}>
              <td>
                {describeEventName(event.eventName).label} <code>{event.eventName}</code>
              </td>
              <td>{actor.kind}{actor.id ? ` ${actor.id}` : ''}</td>
              <td><time dateTime={event.eventTime}>{event.eventTime}</time></td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
