// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { build, type Rollup } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

// Builds a host page that calls devWarning, as a host's Vite build would (production and
// development), and runs it where a browser would: no `process`, only `console`.
const dir = mkdtempSync(join(tmpdir(), 'alv-dev-warning-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const entry = join(dir, 'host.ts');
writeFileSync(entry, `import { devWarning } from ${JSON.stringify(resolve('src/state/dev-warning.ts'))};\ndevWarning('probe');\n`);

async function hostBundle(mode: 'production' | 'development'): Promise<string> {
  // Vite takes NODE_ENV from the environment when set; the test runner sets it to "test", a host's
  // `vite build` runs without it (production) and `vite` with development.
  const runner = process.env.NODE_ENV;
  process.env.NODE_ENV = mode;
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    mode,
    build: { write: false, minify: mode === 'production', rollupOptions: { input: entry } },
  }).finally(() => {
    process.env.NODE_ENV = runner;
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
  return chunks.map((c) => c.code).join('\n');
}

/** What the page prints, run as a browser would (no `process`). */
function warningsOf(code: string): unknown[][] {
  const warned: unknown[][] = [];
  runInNewContext(code, { console: { warn: (...args: unknown[]) => warned.push(args), log() {}, error() {} } });
  return warned;
}

describe('development warnings', () => {
  it('print in a development build and never in a production build', async () => {
    expect(warningsOf(await hostBundle('development'))).toEqual([['[audit-log-viewer] probe']]);
    expect(warningsOf(await hostBundle('production'))).toEqual([]);
  }, 60_000);

  it('stay silent where nothing says it is development (no bundler, no process)', async () => {
    const { isDevelopment } = await import('./dev-warning.js');
    expect(isDevelopment()).toBe(true); // the test runner is NODE_ENV=test
    const original = globalThis.process;
    // A page without `process`: the lookup throws, and the answer is "not development".
    expect(runInNewContext(`(${isDevelopment.toString()})()`, {})).toBe(false);
    expect(globalThis.process).toBe(original);
  });
});
