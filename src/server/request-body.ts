import { LIMITS } from '../limits.js';

/** Why a request body could not be read as text. */
export type BodyProblem = 'too-large' | 'not-utf8';

/** The body's bytes, read as they come and given up past `limit`: a body sent without a length is not buffered whole. */
async function readBytes(request: Request, limit: number): Promise<Uint8Array | 'too-large'> {
  if (!request.body) return new Uint8Array(await request.arrayBuffer());
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/**
 * A request body as text, strictly: past the limit (declared or sent; the body limit unless
 * given) it is not read further, and bytes that are not UTF-8 (or a byte-order mark, which
 * `Request.text()` would silently drop and Go's JSON decoder refuses) are a problem to report,
 * not characters to replace.
 */
export async function readBodyText(request: Request, limit: number = LIMITS.bodyBytes): Promise<string | BodyProblem> {
  if (Number(request.headers.get('content-length') ?? '0') > limit) return 'too-large';
  const bytes = await readBytes(request, limit);
  if (bytes === 'too-large' || bytes.length > limit) return 'too-large';
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return 'not-utf8';
  }
}
