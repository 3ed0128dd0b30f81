import type { ExportSink } from './exporter.js';

/** Bytes kept in JS before they are handed to a Blob (which the browser keeps outside the JS heap). */
const FLUSH_BYTES = 1 << 20;

/**
 * The fallback sink where the File System Access API is missing (Firefox, Safari) or refused:
 * chunks are folded into Blobs of about 1 MB as they come, so the JS heap holds one chunk at a time
 * and the browser holds the rest (on disk if it needs to); `blob()` gives the file once closed.
 */
export class BlobSink implements ExportSink {
  private parts: Blob[] = [];
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private done: Blob | null = null;

  constructor(private readonly type: string) {}

  async write(chunk: Uint8Array): Promise<void> {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
  }

  private flush(): void {
    if (this.pending.length) this.parts.push(new Blob(this.pending as BlobPart[]));
    this.pending = [];
    this.pendingBytes = 0;
  }

  async close(): Promise<void> {
    this.flush();
    this.done = new Blob(this.parts, { type: this.type });
    this.parts = [];
  }

  async abort(): Promise<void> {
    this.parts = [];
    this.pending = [];
    this.done = null;
  }

  /** The finished file (after `close`). */
  blob(): Blob {
    if (!this.done) throw new Error('The export is not finished.');
    return this.done;
  }
}

interface WritableFile {
  write(data: Uint8Array): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}
interface SaveFilePicker {
  (options: { suggestedName: string; types?: { description: string; accept: Record<string, string[]> }[] }): Promise<{ createWritable(): Promise<WritableFile> }>;
}

/** The browser's save dialog (File System Access API), where it exists. */
export function saveFilePicker(): SaveFilePicker | undefined {
  const picker = (globalThis as { showSaveFilePicker?: SaveFilePicker }).showSaveFilePicker;
  return typeof picker === 'function' ? picker.bind(globalThis) : undefined;
}

/**
 * The sink that streams into a file the person picked (File System Access API): bytes go to disk
 * as they come. Aborting discards what was written, so a failed export leaves no partial file.
 */
export async function openFileSink(picker: SaveFilePicker, fileName: string, mime: string): Promise<ExportSink> {
  const extension = fileName.slice(fileName.lastIndexOf('.'));
  const handle = await picker({ suggestedName: fileName, types: [{ description: fileName, accept: { [mime]: [extension] } }] });
  const writable = await handle.createWritable();
  return {
    write: (chunk) => writable.write(chunk),
    close: () => writable.close(),
    abort: () => writable.abort(),
  };
}

/** Offers a Blob as a download under a name (an object URL on a temporary link). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has its own reference; the URL can go once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
