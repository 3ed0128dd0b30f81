import { describe, expect, it } from 'vitest';
import { readAhead } from './read-ahead.js';

async function* numbers(n: number, pulled: number[]) {
  for (let i = 0; i < n; i++) {
    pulled.push(i);
    await new Promise((resolve) => setTimeout(resolve, i % 3));
    yield i;
  }
}

describe('readAhead', () => {
  it('hands pages out in order, preparing later ones meanwhile, at most `depth` ahead', async () => {
    const pulled: number[] = [];
    const prepared: number[] = [];
    const out: number[] = [];
    let running = 0;
    let overlap = 0;
    for await (const page of readAhead(numbers(40, pulled), async (i) => {
      running++;
      overlap = Math.max(overlap, running);
      await new Promise((resolve) => setTimeout(resolve, 5 + ((40 - i) % 7))); // later pages may finish first
      running--;
      prepared.push(i);
    }, 5)) {
      // When page i is handed out, it is prepared, and no more than 5 are read past what is out.
      expect(prepared).toContain(page);
      expect(pulled.length - out.length).toBeLessThanOrEqual(6);
      out.push(page);
    }
    expect(out).toEqual([...Array(40).keys()]);
    expect(overlap).toBeGreaterThan(1); // pages were prepared while others waited their turn
  });

  it('fails at the page whose preparation failed, after the pages before it', async () => {
    const out: number[] = [];
    const run = async () => {
      for await (const page of readAhead(numbers(20, []), async (i) => {
        if (i === 7) throw new Error('lookup of page 7 failed');
      })) out.push(page);
    };
    await expect(run()).rejects.toThrow('lookup of page 7 failed');
    expect(out).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});
