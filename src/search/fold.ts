const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;
const ASCII_SEPARATORS = /[^a-z0-9]+/;
const SEPARATORS = /[^\p{L}\p{N}]+/u;

/**
 * Case- and accent-folds text for matching: "Zoë" and "ZOE" both become "zoe". ASCII text (most of
 * an audit log: ids, event names, emails) skips the Unicode normalization, which is the slow part.
 */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower;
}

/**
 * The folded words of a text: runs of letters and digits. Everything else separates words, so
 * `tesseral.user_invites.create` has the words tesseral, user, invites, create and
 * `jane@acme.com` has jane, acme, com.
 */
export function words(text: string): string[] {
  const folded = fold(text);
  const parts = folded.split(NON_ASCII.test(folded) ? SEPARATORS : ASCII_SEPARATORS);
  // split leaves an empty string where the text starts or ends with a separator.
  if (parts[0] === '') parts.shift();
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/**
 * Whether `needle` (folded words, from a search term) occurs in `haystack` (folded words of one
 * text) as consecutive words, each equal except the last, which may be the start of a word: a
 * person typing "invi" already finds "invites". A last word shorter than `minPrefix` must be
 * whole (one letter would stand for most words).
 */
export function containsWords(haystack: readonly string[], needle: readonly string[], minPrefix = 1): boolean {
  const n = needle.length;
  if (n === 0) return true;
  const last = needle[n - 1]!;
  const prefix = last.length >= minPrefix;
  for (let i = 0; i + n <= haystack.length; i++) {
    let k = 0;
    while (k < n - 1 && haystack[i + k] === needle[k]) k++;
    if (k === n - 1 && (prefix ? haystack[i + k]!.startsWith(last) : haystack[i + k] === last)) return true;
  }
  return false;
}

/**
 * Whether every word of `needle` starts a word of `haystack`, in order but not necessarily next
 * to each other: the popovers' find-as-you-type, where "saml upd" finds "SAML connection updated".
 */
export function startsWords(haystack: readonly string[], needle: readonly string[]): boolean {
  let at = 0;
  for (const word of needle) {
    while (at < haystack.length && !haystack[at]!.startsWith(word)) at++;
    if (at === haystack.length) return false;
    at++;
  }
  return true;
}
