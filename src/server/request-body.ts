import { LIMITS } from '../limits.js';

/** Why a request body could not be read as text. */
export type BodyProblem = 'too-large' | 'not-utf8';

/**
 * A request body as text, strictly: past the body limit (declared or sent) it is not read, and
 * bytes that are not UTF-8 (or a byte-order mark, which `Request.text()` would silently drop and
 * Go's JSON decoder refuses) are a problem to report, not characters to replace.
 */
export async function readBodyText(request: Request): Promise<string | BodyProblem> {
  if (Number(request.headers.get('content-length') ?? '0') > LIMITS.bodyBytes) return 'too-large';
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.length > LIMITS.bodyBytes) return 'too-large';
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return 'not-utf8';
  }
}
