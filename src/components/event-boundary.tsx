import { Component, type ReactNode } from 'react';
import type { AuditLogEvent } from '../model/event.js';
import { escapeControlsInJson, revealControls } from '../format/bidi.js';
import { stringifyDeep } from '../format/deep-json.js';

/** Characters of an event's raw text shown in its place when it cannot be drawn. */
const RAW_SHOWN = 2000;

/** Props of {@link EventBoundary}. */
export interface EventBoundaryProps {
  event: AuditLogEvent;
  /** Says the event cannot be displayed (the viewer's message). */
  message: string;
  /** Wraps the fallback (a table cell for a row, a section for the details). */
  frame?: (content: ReactNode) => ReactNode;
  children: ReactNode;
}

/** The raw text of an event that cannot be drawn, cut short, or a word when even that fails. */
function rawText(event: AuditLogEvent): string {
  try {
    const text = escapeControlsInJson(stringifyDeep(event));
    return text.length > RAW_SHOWN ? `${text.slice(0, RAW_SHOWN)}…` : text;
  } catch {
    return String(event?.id ?? '');
  }
}

/**
 * Draws one event's part of the page, or, if drawing it throws (details of a shape no code
 * foresaw), says "This event cannot be displayed" with its id and raw text, as text, while the
 * rest of the viewer keeps working. Event data is other people's code's output: no one event may
 * take the page down.
 */
export class EventBoundary extends Component<EventBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidUpdate(previous: EventBoundaryProps): void {
    // Another event in the same place gets its own chance.
    if (previous.event !== this.props.event && this.state.failed) this.setState({ failed: false });
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const { event, message, frame = (content) => content } = this.props;
    return frame(
      <div className="alv-undisplayable" role="note">
        <strong>{message}</strong> <code dir="ltr">{revealControls(String(event?.id ?? ''))}</code>
        <pre className="alv-json-raw" dir="ltr"><bdi>{rawText(event)}</bdi></pre>
      </div>,
    );
  }
}
