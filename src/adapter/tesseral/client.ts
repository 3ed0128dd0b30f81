import { AuditLogError } from '../../errors.js';
import { fetchJson, toAuditLogError, type FetchLike } from '../http.js';

/** How the Tesseral adapter reaches the frontend API: base URL, `fetch`, and the credentials. */
export interface TesseralClient {
  /**
   * GETs a path of the frontend API (`/api/frontend/v1/…`) with its query parameters and answers
   * the JSON body; every failure is an `AuditLogError` whose message carries Tesseral's sentence.
   */
  get(path: string, params: URLSearchParams | null, what: string, signal: AbortSignal): Promise<unknown>;
}

/** Options the client needs from the adapter's. */
export interface TesseralClientOptions {
  baseUrl: string;
  fetch: FetchLike;
  accessToken?: string | (() => string | Promise<string>);
}

/** Makes the client of one adapter. */
export function createTesseralClient(options: TesseralClientOptions): TesseralClient {
  async function init(signal: AbortSignal): Promise<RequestInit & { signal: AbortSignal }> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    let token: string | undefined;
    try {
      token = typeof options.accessToken === 'function' ? await options.accessToken() : options.accessToken;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new AuditLogError('unauthenticated', `Getting the access token failed: ${reason}.`, { cause: error });
    }
    // Tesseral reads the scheme exactly as "Bearer " (frontend/authn/interceptor/interceptor.go:42-56).
    if (token) headers.Authorization = `Bearer ${token}`;
    // Without a token the access-token cookie authenticates, which a cross-origin request only sends with `include`.
    return { method: 'GET', headers, signal, credentials: token ? 'same-origin' : 'include' };
  }

  return {
    async get(path, params, what, signal) {
      const query = params?.toString();
      try {
        const { body } = await fetchJson(options.fetch, `${options.baseUrl}${path}${query ? `?${query}` : ''}`, await init(signal), what);
        return body;
      } catch (error) {
        throw toAuditLogError(error, what);
      }
    },
  };
}
