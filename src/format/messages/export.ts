import { message } from './message.js';

/** The words of export (loaded with the export menu: see core-messages.ts). */
export const EXPORT_MESSAGES = {
  /** The export menu's formats (its button's name, `export`, is in page.ts: the button is on the page from the first render). */
  exportCsv: 'CSV',
  exportJsonl: 'JSON Lines',
  exportBom: 'UTF-8 BOM (for Excel)',
  /** Accessible name of the export's progress bar. */
  exportProgress: 'Export progress',
  /** Events written so far, with the total when the backend knows it. */
  exportWritten: message<(written: number, total: number | undefined) => string>((written, total) => (total === undefined ? `${written.toLocaleString('en')} events written` : `${written.toLocaleString('en')} of ${total.toLocaleString('en')} events written`)),
  cancelExport: 'Cancel export',
  exportDone: message<(rows: number, file: string) => string>((rows, file) => `Exported ${rows.toLocaleString('en')} events to ${file}.`),
  /** Offers the manifest (filter, zone, time, rows, SHA-256) as a second download. */
  exportManifest: 'Download manifest',
  exportCancelled: 'Export cancelled: no file was saved.',
  exportFailed: message<(reason: string) => string>((reason) => `The export could not be completed, and no file was saved: ${reason}`),
  exportEmpty: 'No events match these filters: there is nothing to export.',
};
