import { withoutIsolates } from '../format/bidi.js';

// The viewer isolates event data inside sentences with FSI…PDI marks (see format/bidi.ts). Tests
// that read the words compare the text without those marks; the bidi probe checks the marks.

/** An element's text as read, without the isolate marks. */
export function shown(element: Element | null | undefined): string {
  return withoutIsolates(element?.textContent ?? '');
}

/**
 * A Testing Library text matcher over {@link shown} text: the innermost element whose text
 * matches (its children's do not).
 */
export function readsAs(expected: string | RegExp) {
  const matches = (text: string) => (typeof expected === 'string' ? text.replace(/\s+/g, ' ').trim() === expected : expected.test(text));
  return (_content: string, element: Element | null) =>
    element !== null && matches(shown(element)) && [...element.children].every((child) => !matches(shown(child)));
}
