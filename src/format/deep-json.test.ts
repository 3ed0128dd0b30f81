import { describe, expect, it } from 'vitest';
import { generateDataset } from '../mock/generate.js';
import { stringifyByStack, stringifyDeep } from './deep-json.js';
import { depthOf, prettyJson, sameDeep } from './deep-walk.js';

const nest = (levels: number, leaf: unknown = 'bottom', wrap = (v: unknown): unknown => ({ a: v })) => {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = wrap(value);
  return value;
};

describe('stringifyDeep', () => {
  const dataset = generateDataset({ seed: 5, size: 2_000, end: Date.parse('2025-07-01T00:00:00Z'), days: 10 });
  const odd = [null, 0, -1.5, 'x', '"quoted"\n', true, [], {}, [undefined, () => 1, null], { u: undefined, f: () => 1, n: null, nested: [{}, [[]]] }, { 'key "q"': '\u202E' }];

  it.each([0, 2])('writes what JSON.stringify writes (space %i), for real events and odd values', (space) => {
    for (const value of [...dataset.events, ...odd]) expect(stringifyDeep(value, space)).toBe(JSON.stringify(value, null, space));
  });

  it.each([0, 2])('writes by its own stack exactly what JSON.stringify writes (space %i)', (space) => {
    for (const value of [...dataset.events, ...odd]) expect(stringifyByStack(value, space)).toBe(JSON.stringify(value, null, space));
  });

  it('indents for people up to 64 levels and writes deeper values compact', () => {
    expect(prettyJson(nest(64))).toBe(JSON.stringify(nest(64), null, 2));
    expect(prettyJson(nest(10_000))).toBe(stringifyDeep(nest(10_000)));
  });

  it('writes 100,000 levels without overflowing the stack, and JSON.parse reads them back', () => {
    const deep = nest(100_000);
    expect(() => JSON.stringify(deep)).toThrow(RangeError);
    const text = stringifyDeep(deep);
    expect(text.length).toBe(100_000 * 6 + '"bottom"'.length);
    expect(sameDeep(JSON.parse(text), deep)).toBe(true);
  });
});

describe('sameDeep and depthOf', () => {
  it('compare and measure at any depth', () => {
    expect(sameDeep({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameDeep({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(sameDeep([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameDeep({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(sameDeep(nest(100_000), nest(100_000))).toBe(true);
    expect(sameDeep(nest(100_000), nest(100_000, 'other'))).toBe(false);
    expect(depthOf('x')).toBe(0);
    expect(depthOf({})).toBe(1);
    expect(depthOf({ a: [{}] })).toBe(3);
    expect(depthOf(nest(100_000))).toBe(100_000);
  });
});
