// The API reference in docs/api is generated from the TSDoc (`npm run docs:api`). This check
// generates it again into a temporary folder and fails when it differs from what is committed,
// so that the reference cannot go stale.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const fresh = mkdtempSync(path.join(tmpdir(), 'alv-api-'));
try {
  execFileSync('npx', ['typedoc', '--out', fresh, '--logLevel', 'Warn'], { stdio: 'inherit' });
  const list = (dir) => readdirSync(dir, { recursive: true }).filter((f) => statSync(path.join(dir, f)).isFile()).sort();
  const committed = list('docs/api');
  const made = list(fresh);
  const differ = [...new Set([...committed, ...made])].filter((f) => {
    try {
      return readFileSync(path.join('docs/api', f), 'utf8') !== readFileSync(path.join(fresh, f), 'utf8');
    } catch {
      return true;
    }
  });
  if (differ.length) throw new Error(`docs/api is stale (${differ.length} files differ, e.g. ${differ.slice(0, 5).join(', ')}): run npm run docs:api and commit it.`);
  console.log(`api-docs-check: docs/api matches the TSDoc (${made.length} files).`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
