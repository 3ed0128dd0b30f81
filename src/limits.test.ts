import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from './limits.js';

// The limits are kept in one place and documented in another: the documentation must follow.
const docs = readFileSync(path.resolve(import.meta.dirname, '../docs/rest-api.md'), 'utf8');

describe('the limits', () => {
  it('are each documented in docs/rest-api.md, by name and with their value', () => {
    const section = docs.slice(docs.indexOf('## Limits'), docs.indexOf('## Errors'));
    for (const [name, value] of Object.entries(LIMITS)) {
      const row = section.split('\n').find((line) => line.includes(`\`${name}\``));
      expect(row, name).toBeDefined();
      expect(row, name).toContain(value.toLocaleString('en-US'));
    }
  });
});
