import { createServer, maxHeaderSize, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Readable, type Duplex } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { AddressInfo } from 'node:net';
import { getResponse, type RequestHandler } from 'msw';
import { LIMITS } from '../../limits.js';

/** Options of {@link startHttpServer}. */
export interface HttpServerOptions {
  /** Port; 0 picks a free one. */
  port: number;
  /** Interface to bind; default `127.0.0.1` (never all interfaces by default). */
  host?: string;
  /**
   * The trusted domains whose pages may call with credentials (CORS), as a Tesseral project's
   * trusted domains: a page on the domain or any subdomain, over https (http for `localhost`),
   * any port. Default `["localhost"]`, for host apps under development.
   */
  trustedDomains?: readonly string[];
  /**
   * How long a client has to send a whole request (headers and body), in ms; past it, 408. A
   * client that declares a body and never sends it must not hold a connection for long. Default
   * 30 s.
   */
  requestTimeoutMs?: number;
}

/** A running server. */
export interface RunningServer {
  /** `http://host:port`. */
  url: string;
  server: Server;
  /** Stops accepting and closes open connections. */
  close(): Promise<void>;
}

/**
 * What is wrong with a request target's percent-encoding, or `null`: a path or a query part that
 * does not decode to UTF-8 is refused here, with its name, before any handler tries to read it.
 */
export function badEncoding(target: string): string | null {
  const [path = '', query = ''] = target.split(/\?(.*)/s, 2);
  try {
    decodeURIComponent(path);
  } catch {
    return 'malformed percent-encoding in the path';
  }
  for (const part of query.split('&')) {
    const [name = '', value = ''] = part.split(/=(.*)/s, 2);
    try {
      decodeURIComponent(name.replace(/\+/g, ' '));
    } catch {
      return 'malformed percent-encoding in a query parameter name';
    }
    try {
      decodeURIComponent(value.replace(/\+/g, ' '));
    } catch {
      return `malformed percent-encoding in the query parameter ${JSON.stringify(decodeURIComponentSafe(name))}`;
    }
  }
  return null;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** A body past the limit: the reading stops there (a server must not buffer what it will refuse). */
class BodyTooLarge extends Error {}

async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > LIMITS.bodyBytes) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    // A header value Fetch cannot carry (a raw control character) is dropped, not a crash.
    try {
      if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
      else if (value !== undefined) headers.set(name, value);
    } catch {
      continue;
    }
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && chunks.length > 0;
  // The server's own origin, never the request's Host header (which the client writes).
  return new Request(new URL(req.url ?? '/', origin), { method: req.method, headers, body: hasBody ? Buffer.concat(chunks) : undefined });
}

/**
 * Whether a page's origin is on a trusted domain, by Tesseral's rule
 * (internal/common/trusteddomains/trusteddomains.go:9-37): the same host or a subdomain of it,
 * the scheme https (http for localhost), the port ignored.
 */
export function isTrustedOrigin(origin: string, domains: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return domains.some((entry) => {
    const domain = entry.replace(/:\d+$/, '').toLowerCase();
    const scheme = domain === 'localhost' ? 'http:' : 'https:';
    return url.protocol === scheme && (url.hostname === domain || url.hostname.endsWith(`.${domain}`));
  });
}

/**
 * CORS as Tesseral's frontend API does it (internal/common/corstrusteddomains/handler.go, rs/cors):
 * a trusted origin is echoed with credentials allowed; any other origin is still answered but
 * without those headers, so its page cannot read the answer (cookies authenticate, so reflecting
 * every origin would hand any site the signed-in person's audit log).
 */
function cors(req: IncomingMessage, res: ServerResponse, domains: readonly string[]): boolean {
  res.setHeader('Vary', 'Origin');
  const origin = req.headers.origin;
  if (!origin || !isTrustedOrigin(origin, domains)) return false;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  return true;
}

/** The status and words for a request Node's parser refused, by its error code. */
function clientErrorAnswer(code: string | undefined, timeoutMs: number): [number, string] {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return [431, `the request line and headers are too large: at most ${maxHeaderSize} bytes`];
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return [408, `the request was not received in full within ${timeoutMs} ms`];
    case 'HPE_INVALID_METHOD':
      return [400, 'malformed request: not an HTTP method'];
    case 'HPE_INVALID_HEADER_TOKEN':
      return [400, 'malformed request: a header name or value has a character HTTP does not allow'];
    default:
      return [400, `malformed HTTP request (${code ?? 'unreadable'})`];
  }
}

/**
 * Answers what Node's HTTP parser could not read (a garbled request line, headers past the size
 * limit, a body that never arrives) with a status and a body that say what was wrong; Node's own
 * answers to these are empty.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex, timeoutMs: number): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, message] = clientErrorAnswer(error.code, timeoutMs);
  const body = `${message}\n`;
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
}

/**
 * Serves MSW request handlers over real HTTP: each request becomes a Fetch `Request`, is answered
 * by the same handlers the browser worker and the Node interceptor use, and the `Response` is
 * written back. Unmatched requests get a JSON 404.
 */
export function startHttpServer(handlers: RequestHandler[], options: HttpServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const domains = options.trustedDomains ?? ['localhost'];
  const origin = () => {
    const address = server.address() as AddressInfo | null;
    return `http://${host.includes(':') ? `[${host}]` : host}:${address?.port ?? 0}`;
  };
  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  const server = createServer({ requestTimeout, headersTimeout: requestTimeout, connectionsCheckingInterval: Math.min(1000, requestTimeout) }, async (req, res) => {
    // Tesseral's backend API has no CORS at all (cmd/api/main.go:465): only its frontend API does,
    // and the project's own full API here follows the same rule.
    const browserFacing = /^\/api\/(frontend|audit)\//.test(req.url ?? '');
    const trusted = browserFacing && cors(req, res, domains);
    if (browserFacing && req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      // A preflight always ends here with 204; only a trusted origin is told what it may send.
      res.setHeader('Vary', 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers');
      const method = req.headers['access-control-request-method'];
      if (trusted && ['HEAD', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) {
        res.setHeader('Access-Control-Allow-Methods', method);
        const headers = req.headers['access-control-request-headers'];
        if (headers) res.setHeader('Access-Control-Allow-Headers', headers);
      } else {
        res.removeHeader('Access-Control-Allow-Origin');
        res.removeHeader('Access-Control-Allow-Credentials');
      }
      res.writeHead(204).end();
      return;
    }
    // Two Host headers: proxies may read different ones (request smuggling); RFC 9112 §3.2 says 400.
    if ((req.headersDistinct.host?.length ?? 0) > 1) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('the request has more than one Host header\n');
      return;
    }
    const bad = badEncoding(req.url ?? '/');
    if (bad) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end(`${bad}\n`);
      return;
    }
    try {
      const request = await toRequest(req, origin());
      const response = await getResponse(handlers, request);
      if (!response) {
        // As Go's mux and vanguard answer a path with no route: plain text, nothing echoed back.
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 page not found\n');
        return;
      }
      response.headers.forEach((value, name) => res.setHeader(name, value));
      res.writeHead(response.status);
      // Streamed as the client takes it (a streamed export is written as it is read); a client that
      // goes away cancels the body, and a body that fails ends the connection, not a 200 cut short.
      if (response.body) await pipeline(Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>), res).catch(() => res.destroy());
      else res.end();
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        res.writeHead(413, { 'content-type': 'application/json', connection: 'close' }).end(JSON.stringify({ code: 8, message: `the request body is larger than ${LIMITS.bodyBytes} bytes`, details: [] }));
        req.destroy();
        return;
      }
      if (res.headersSent) {
        res.destroy();
        return;
      }
      // What Tesseral's opaqueinternalerror interceptor answers: nothing of the failure leaks out.
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 13, message: 'internal server error', details: [] }));
    }
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => answerClientError(error, socket, requestTimeout));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${port}`,
        server,
        close: () => new Promise<void>((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}
