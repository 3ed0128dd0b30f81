// Tesseral's API key secret format (internal/prettysecret): the project's prefix and 55
// lowercase base36 digits of a 280-bit secret. Ids are in src/model/tesseral-ids.ts.

const SECRET_DIGITS = 55;
const MAX_SECRET = ((1n << 280n) - 1n).toString(36);
const DIGITS = /^[0-9a-z]+$/;

/**
 * Whether `text` is an API key secret of the project's prefix: the prefix and 55 base36 digits
 * of a 280-bit value (prettysecret.go:37-71; too large a value panics there).
 */
export function isApiKeySecret(text: string, prefix: string): boolean {
  if (!text.startsWith(prefix) || text.length !== prefix.length + SECRET_DIGITS) return false;
  const digits = text.slice(prefix.length);
  return DIGITS.test(digits) && digits <= MAX_SECRET;
}
