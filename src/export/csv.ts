/** Characters that make a spreadsheet read a cell as a formula when they come first. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
/** Either of the above: most cells (ids, names, times) have neither, and pass with one test. */
const SPECIAL = /^[=+\-@\t\r]|[",\r\n]/;

/**
 * One CSV cell, safe to open in a spreadsheet: a text that a spreadsheet would run as a formula
 * (starting with `=`, `+`, `-`, `@`, tab or carriage return) gets a leading `'`, which spreadsheets
 * show as text (OWASP's advice), and the cell is quoted per RFC 4180 when it has a quote, a comma
 * or a line break (quotes doubled).
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
