import { describe, expect, it } from 'vitest';
import { isTrustedOrigin } from '../server/http-server.js';
import { PageTokens } from './page-token.js';

describe('the mock\'s Tesseral page tokens', () => {
  const tokens = new PageTokens();
  const id = 'audit_log_event_03eb26uuu25cr4r5ljzown4dy';

  it('carry the position, differ on every call, and look like Tesseral\'s (URL-safe base64)', () => {
    const a = tokens.seal(id);
    const b = tokens.seal(id);
    expect(a).not.toBe(b);
    expect(tokens.open(a, 'audit_log_event_')).toBe(id);
    expect(tokens.open(b, 'audit_log_event_')).toBe(id);
    expect(a).toMatch(/^[A-Za-z0-9_-]{104}$/); // 24 + 38 + 16 bytes, as Tesseral's
    expect(tokens.open(tokens.seal('not-a-tesseral-id'), 'audit_log_event_')).toBe('not-a-tesseral-id');
    expect(a).not.toContain(id.slice(16, 26)); // opaque: the id cannot be read off it
  });

  it('refuse every one-character edit, another server\'s tokens, and junk', () => {
    const token = tokens.seal(id);
    for (let i = 0; i < token.length; i++) {
      for (const c of ['A', 'B', 'z', '-', '_', '=']) {
        if (token[i] === c) continue;
        expect(tokens.open(`${token.slice(0, i)}${c}${token.slice(i + 1)}`, 'audit_log_event_'), `position ${i} -> ${c}`).toBeNull();
      }
    }
    expect(new PageTokens().open(token, 'audit_log_event_')).toBeNull();
    for (const junk of ['', 'AAAA', 'not a token', `${token}AAAA`, token.slice(0, -4), 'A'.repeat(100_000)]) expect(tokens.open(junk, 'audit_log_event_')).toBeNull();
  });
});

describe('trusted domains for CORS, by Tesseral\'s rule', () => {
  it('takes the domain and its subdomains, over https (http for localhost), on any port', () => {
    const domains = ['app.example.com', 'localhost'];
    for (const origin of ['https://app.example.com', 'https://eu.app.example.com:8443', 'http://localhost:5173', 'http://localhost']) {
      expect(isTrustedOrigin(origin, domains), origin).toBe(true);
    }
    for (const origin of ['http://app.example.com', 'https://evilapp.example.com', 'https://app.example.com.evil.example', 'https://localhost', 'null', 'not a url']) {
      expect(isTrustedOrigin(origin, domains), origin).toBe(false);
    }
  });
});
