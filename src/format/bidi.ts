// Event data is written by other people's code, and a right-to-left override (U+202E) or an
// unclosed embedding inside an email or a key would reorder the words around it: "jane made
// <email> an owner" could read as something else. Every event-controlled value is therefore
// bidi-isolated where it is shown: in markup by an element that isolates (`<bdi>`, or any element
// with a `dir` attribute: the UA stylesheet gives `[dir]` `unicode-bidi: isolate`), and inside
// sentences built as strings by first-strong isolate marks (FSI U+2068 … PDI U+2069), which close
// whatever the value left open.

/** Unicode's bidirectional formatting characters (embeddings, overrides, isolates, marks). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * A value made safe to put inside a sentence: wrapped in first-strong isolate marks, so that its
 * direction and any control characters in it affect only itself. Use it in your own
 * `messages` for values that come from events.
 */
export function isolate(value: string): string {
  return `\u2068${value}\u2069`;
}

/**
 * An identifier with its bidi control characters shown as `\u202E`-style escapes: an id is never
 * meant to hold them, and showing them keeps it from reading as another id.
 */
export function revealControls(id: string): string {
  return id.replace(BIDI_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** JSON text with bidi control characters written as JSON escapes (the same JSON, shown as it is). */
export function escapeControlsInJson(json: string): string {
  return json.replace(BIDI_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A sentence built with {@link isolate} without its isolate marks: for accessible names, which are read, not laid out. */
export function withoutIsolates(text: string): string {
  return text.replace(/[\u2068\u2069]/g, '');
}
