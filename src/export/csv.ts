// What may stand before a formula without a spreadsheet seeing it: whitespace (incl. NBSP and the
// ideographic space), C0/C1 controls (NUL), soft hyphen, zero-width and bidi format characters,
// the BOM. Spreadsheets differ in what they skip, so every one of them counts as invisible.
const INVISIBLE = '\\s\\u0000-\\u001F\\u007F-\\u009F\\u00AD\\u061C\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF';
// The formula signs, with their full-width and small forms, which some spreadsheets fold to them.
const SIGNS = '=+\\-@\\uFF1D\\uFF0B\\uFF0D\\uFF20\\uFE62\\uFE63\\uFE66\\uFE6B';
/**
 * A cell a spreadsheet could read as a formula: its first visible character is a formula sign,
 * or it starts with a tab, carriage return or line feed (OWASP's list, widened).
 */
const FORMULA_START = new RegExp(`^[\\t\\r\\n]|^[${INVISIBLE}]*[${SIGNS}]`);
const NEEDS_QUOTES = /[",\r\n]/;
/** Either of the above may apply: most cells (ids, names, times) start with neither, and pass with one test. */
const SPECIAL = new RegExp(`^[${INVISIBLE}${SIGNS}]|[",\\r\\n]`);

/**
 * One CSV cell, safe to open in a spreadsheet: a text that a spreadsheet could run as a formula
 * (its first visible character `=`, `+`, `-`, `@` or their full-width forms, even after spaces,
 * NBSP, zero-width characters, a BOM or NUL; or starting with a tab or a line break) gets a
 * leading `'`, which spreadsheets show as text (OWASP's advice), and the cell is quoted per
 * RFC 4180 when it has a quote, a comma or a line break (quotes doubled). JSON Lines keeps the
 * value as it was.
 */
export function csvCell(value: string): string {
  if (!SPECIAL.test(value)) return value;
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV record: cells joined by commas, ended by CRLF (RFC 4180). */
export function csvRecord(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** Reads CSV text back into records (RFC 4180), for tests and for checking an export. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || record.length > 0) {
    record.push(cell);
    records.push(record);
  }
  return records;
}
