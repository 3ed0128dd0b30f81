/** A route: a method and a path of segments, `:name` taking one (decoded) segment. */
export interface Route<C> {
  method: string;
  path: string;
  /** Who may call it: a reader of the log (the default) or a writer of events. */
  role?: 'reader' | 'writer';
  run: (context: C, params: Record<string, string>) => Response | Promise<Response>;
}

/**
 * The route for a request's method and path (below the base), with its parameters; in the order
 * given, so that `/events/count` is listed before `/events/:eventId`. `null`: no path matches;
 * `'method'`: a path matches, but not with this method.
 */
export function matchRoute<C>(routes: readonly Route<C>[], method: string, path: string): { route: Route<C>; params: Record<string, string> } | 'method' | null {
  const segments = path.split('/').filter(Boolean);
  let pathMatched = false;
  for (const route of routes) {
    const parts = route.path.split('/').filter(Boolean);
    if (parts.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < parts.length && ok; i++) {
      if (parts[i]!.startsWith(':')) {
        try {
          params[parts[i]!.slice(1)] = decodeURIComponent(segments[i]!);
        } catch {
          ok = false; // a malformed escape is no id of ours
        }
      } else ok = parts[i] === segments[i];
    }
    if (!ok) continue;
    pathMatched = true;
    if (route.method === method) return { route, params };
  }
  return pathMatched ? 'method' : null;
}
