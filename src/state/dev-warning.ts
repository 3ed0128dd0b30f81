// The host's bundler replaces process.env.NODE_ENV; the package's own types do not include Node's.
declare const process: { env?: { NODE_ENV?: string } } | undefined;

/**
 * Warns a developer (never in production builds) about a prop the viewer had to correct. Uses
 * `process.env.NODE_ENV` so the host's bundler decides, not ours; guarded for pages without `process`.
 */
export function devWarning(message: string): void {
  const env = typeof process === 'undefined' ? undefined : process?.env?.NODE_ENV;
  if (env === 'production') return;
  console.warn(`[audit-log-viewer] ${message}`);
}
