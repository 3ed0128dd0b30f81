import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse, type RequestHandler } from 'msw';

/** Options of {@link startHttpServer}. */
export interface HttpServerOptions {
  /** Port; 0 picks a free one. */
  port: number;
  /** Interface to bind; default `127.0.0.1` (never all interfaces by default). */
  host?: string;
}

/** A running server. */
export interface RunningServer {
  /** `http://host:port`. */
  url: string;
  server: Server;
  /** Stops accepting and closes open connections. */
  close(): Promise<void>;
}

async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else if (value !== undefined) headers.set(name, value);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && chunks.length > 0;
  return new Request(new URL(req.url ?? '/', origin), { method: req.method, headers, body: hasBody ? Buffer.concat(chunks) : undefined });
}

function cors(req: IncomingMessage, res: ServerResponse): void {
  // Any local client may call it (a demo on another port, a host app under development).
  const origin = req.headers.origin;
  if (origin) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
}

/**
 * Serves MSW request handlers over real HTTP: each request becomes a Fetch `Request`, is answered
 * by the same handlers the browser worker and the Node interceptor use, and the `Response` is
 * written back. Unmatched requests get a JSON 404.
 */
export function startHttpServer(handlers: RequestHandler[], options: HttpServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer(async (req, res) => {
    cors(req, res);
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', req.headers['access-control-request-headers'] ?? 'authorization, content-type');
      res.writeHead(204).end();
      return;
    }
    try {
      const request = await toRequest(req, `http://${req.headers.host ?? host}`);
      const response = await getResponse(handlers, request);
      if (!response) {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 'not_found', message: `no route for ${req.method} ${req.url}` }));
        return;
      }
      response.headers.forEach((value, name) => res.setHeader(name, value));
      res.writeHead(response.status);
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 'internal', message: String(error) }));
    }
  });
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
