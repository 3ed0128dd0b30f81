import { describe, expect, it } from 'vitest';
import { containsWords, fold, words } from './fold.js';
import { SearchSyntaxError, parseSearch, tryParseSearch } from './parse.js';

describe('fold and words', () => {
  it('folds case and accents, and splits on everything but letters and digits', () => {
    expect(fold('Zoë ÅNGSTRÖM')).toBe('zoe angstrom');
    expect(words('tesseral.user_invites.create')).toEqual(['tesseral', 'user', 'invites', 'create']);
    expect(words('  Jane@Acme.com! ')).toEqual(['jane', 'acme', 'com']);
    expect(words('Müller-Lüdenscheidt 42')).toEqual(['muller', 'ludenscheidt', '42']);
    expect(words('東京 office')).toEqual(['東京', 'office']);
    expect(words('---')).toEqual([]);
  });

  it('finds words in order, the last one as the start of a word', () => {
    expect(containsWords(['user', 'invites', 'create'], ['invi'])).toBe(true);
    expect(containsWords(['user', 'invites', 'create'], ['user', 'inv'])).toBe(true);
    expect(containsWords(['user', 'invites', 'create'], ['invites', 'user'])).toBe(false);
    expect(containsWords(['user', 'invites'], ['use', 'invites'])).toBe(false); // only the last word is a prefix
    expect(containsWords(['reinvite'], ['invite'])).toBe(false); // words start where they start
  });
});

describe('parseSearch', () => {
  it('reads words, phrases and key:value terms', () => {
    const { terms } = parseSearch('invite "Jane Doe" event:roles user.email:"bob@acme.com" actor:ci user:zoë');
    expect(terms.map((t) => [t.field, t.words])).toEqual([
      [{ kind: 'any' }, ['invite']],
      [{ kind: 'any' }, ['jane', 'doe']],
      [{ kind: 'event' }, ['roles']],
      [{ kind: 'details', path: ['user', 'email'] }, ['bob', 'acme', 'com']],
      [{ kind: 'actor' }, ['ci']],
      [{ kind: 'user' }, ['zoe']],
    ]);
    expect(terms[3]!.text).toBe('user.email:"bob@acme.com"');
  });

  it('takes an empty or punctuation-only search as no terms', () => {
    expect(parseSearch('').terms).toEqual([]);
    expect(parseSearch('   - … ').terms).toEqual([]);
  });

  it('reads a value with colons and a bare word that is not a key', () => {
    expect(parseSearch('ip:10.0.0.1').terms[0]).toMatchObject({ field: { kind: 'details', path: ['ip'] }, words: ['10', '0', '0', '1'] });
    expect(parseSearch('https://acme.com').terms[0]).toMatchObject({ field: { kind: 'details', path: ['https'] } });
    expect(parseSearch('9:30').terms[0]).toMatchObject({ field: { kind: 'any' }, words: ['9', '30'] });
  });

  it('says what is wrong instead of throwing at the caller', () => {
    expect(tryParseSearch('"jane doe')).toEqual({ ok: false, message: 'A quote is not closed: add " after "jane doe.', problem: { kind: 'unclosed-quote', after: '"jane doe' } });
    expect(tryParseSearch('user.email: jane')).toEqual({ ok: false, message: '"user.email:" needs a value after the colon, such as user.email:jane.', problem: { kind: 'key-without-value', key: 'user.email:' } });
    expect(tryParseSearch('event:')).toMatchObject({ ok: false });
    expect(tryParseSearch('event:"unclosed')).toMatchObject({ ok: false, message: expect.stringContaining('quote is not closed') });
    expect(tryParseSearch('fine "and closed"')).toMatchObject({ ok: true });
  });

  it('treats hostile input as text', () => {
    const { terms } = parseSearch('<script>alert(1)</script> __proto__:x constructor.prototype:y');
    expect(terms[0]!.words).toEqual(['script', 'alert', '1', 'script']);
    expect(terms[1]!.field).toEqual({ kind: 'details', path: ['__proto__'] });
    expect(parseSearch('a'.repeat(512)).terms[0]!.words[0]).toHaveLength(512);
  });

  it('refuses, in words, a search past its limits: length and number of terms', () => {
    expect(() => parseSearch('a'.repeat(513))).toThrow(/at most 512 characters long; this one has 513/);
    expect(() => parseSearch(Array.from({ length: 17 }, (_, i) => `w${i}`).join(' '))).toThrow(/at most 16 terms/);
    // The 15 kB of one-letter words that once held a server for seconds is one of these.
    expect(() => parseSearch('a b '.repeat(4000))).toThrow(SearchSyntaxError);
    expect(parseSearch(Array.from({ length: 16 }, (_, i) => `w${i}`).join(' ')).terms).toHaveLength(16);
  });
});
