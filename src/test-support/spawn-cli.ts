import { spawn } from 'node:child_process';
import path from 'node:path';

/** A command-line server of the project, started for a test. */
export interface SpawnedCli {
  /** The URL it printed (`listening on http://127.0.0.1:<port>`). */
  url: string;
  /** Everything it has printed so far. */
  output(): string;
  /** Stops it (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
}

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Runs one of the project's servers (`src/…/cli.ts`, through tsx, on a free port) as a person
 * would, and waits until it has printed its URL and `ready`. Rejects with its output if it exits
 * first or is silent for `timeoutMs`. The tests of `npm run mock-server` and `npm run server`,
 * and the demo's end-to-end test against the latter, start theirs with it.
 */
export function spawnCli(script: string, args: readonly string[], ready: string, env: Record<string, string> = {}, timeoutMs = 60_000): Promise<SpawnedCli> {
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), [script, '--port', '0', ...args], { cwd: root, env: { ...process.env, PORT: '', ...env } });
  let output = '';
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return new Promise<SpawnedCli>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed:\n${output}`)), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = output.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (found && output.includes(ready)) {
        clearTimeout(timer);
        resolve({ url: found[1]!, output: () => output, stop: () => (child.kill('SIGTERM'), exited) });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
}
