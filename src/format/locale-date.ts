import type { Locale } from 'date-fns';

const TOKENS = /(y+|M+|d+|[^yMd]+)/g;
const ALLOWED_LITERAL = /^[^A-Za-z']+$/;

/**
 * A calendar day in a date-fns locale's short form (date-fns `P`: "07/01/2025" in en-US,
 * "01.07.2025" in de): the locale's own pattern from `formatLong`, filled in here.
 *
 * Why not date-fns `format`: it brings every formatter and the English locale (about 9 kB gzip,
 * a quarter of the viewer's size budget), and short date patterns use only y, M and d with
 * punctuation. A pattern with anything else falls back to the ISO form, so nothing is ever
 * shown wrong.
 */
export function formatShortDate(locale: Locale, year: number, month: number, day: number): string {
  const iso = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  let pattern: string;
  try {
    pattern = locale.formatLong?.date({ width: 'short' }) ?? '';
  } catch {
    return iso;
  }
  if (!pattern) return iso;
  let out = '';
  for (const [token] of pattern.matchAll(TOKENS)) {
    const c = token[0]!;
    if (c === 'y') out += token.length === 2 ? pad(year % 100) : token.length === 1 ? String(year) : String(year).padStart(token.length, '0');
    else if (c === 'M' && token.length <= 2) out += token.length === 2 ? pad(month) : String(month);
    else if (c === 'd' && token.length <= 2) out += token.length === 2 ? pad(day) : String(day);
    else if (ALLOWED_LITERAL.test(token)) out += token;
    else return iso;
  }
  return out;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
