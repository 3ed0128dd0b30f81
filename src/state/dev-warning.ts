// The host's bundler replaces `process.env.NODE_ENV` (the exact expression) with a string; the
// package's own types do not include Node's.
declare const process: { env: { NODE_ENV?: string } };

/**
 * Whether the host runs a development build. Written as the bare `process.env.NODE_ENV` so that
 * every bundler (Vite, webpack, esbuild, Next.js) replaces it in the host's build: optional
 * chaining or a `typeof process` test would defeat the replacement, and a browser has no
 * `process`. Where nothing replaced it and there is no `process` (plain ESM in a browser), we
 * cannot tell, and stay silent.
 */
export function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}

/** Warns a developer, only in development builds, about a prop the viewer had to correct. */
export function devWarning(message: string): void {
  if (isDevelopment()) console.warn(`[audit-log-viewer] ${message}`);
}
