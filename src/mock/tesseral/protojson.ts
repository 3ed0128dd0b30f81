// How Tesseral's REST layer writes JSON. Its vanguard transcoder hands a REST call to the Connect
// handler with the same JSON codec, so a success body is connect-go's own output
// (`protojson.MarshalOptions{}`: connect-go codec.go, vanguard transcoder.go:1129-1162): keys in
// lowerCamelCase and in the .proto's declaration order, and every unset field (an empty string,
// false, 0, an empty list, a nil message) left out. Error bodies are different (see errors.ts).

/**
 * An instant as protojson writes a `google.protobuf.Timestamp`: UTC, `Z`, and 0, 3, 6 or 9
 * fractional digits (protobuf-go well_known_types.go, marshalTimestamp: nine digits, then
 * "000" trimmed twice, then ".000"). Tesseral's times come from Postgres, so at most six.
 *
 * @param text an RFC 3339 instant (any offset, any number of fractional digits)
 */
export function protoTime(text: string): string {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new Error(`protoTime: not an RFC 3339 instant: ${JSON.stringify(text)}`);
  const seconds = new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19);
  // Postgres keeps microseconds: digits past the sixth are dropped on the way in (pgx truncates).
  let fraction = (/\.(\d+)/.exec(text.slice(19))?.[1] ?? '').slice(0, 6).padEnd(9, '0');
  if (fraction.endsWith('000')) fraction = fraction.slice(0, 6);
  if (fraction.endsWith('000')) fraction = fraction.slice(0, 3);
  if (fraction === '000') fraction = '';
  return `${seconds}${fraction ? `.${fraction}` : ''}Z`;
}

/**
 * A protojson `Timestamp` of whole epoch milliseconds: three digits (".120" stays: only a
 * trailing "000" group is cut), none on a whole second. The generator's hot path: no parsing.
 */
export function protoTimeOfMs(ms: number): string {
  const text = new Date(ms).toISOString();
  return ms % 1000 === 0 ? `${text.slice(0, 19)}Z` : text;
}

/**
 * A JSON value as a `google.protobuf.Struct` comes back out of Tesseral: the details are stored
 * as `jsonb` and read into a Struct, whose map keys protojson writes sorted (protobuf-go
 * encode.go:370, `order.GenericKeyOrder`), at every level. Numbers are doubles either way.
 */
export function structValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(structValue);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  // Defined, not assigned: a key named "__proto__" (JSON.parse makes it an own property) must stay
  // a key of the details, not replace the copy's prototype and vanish.
  for (const key of Object.keys(value).sort()) {
    Object.defineProperty(out, key, { value: structValue((value as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * Builds a protojson message from `[jsonName, value]` pairs in declaration order, leaving out
 * what protojson leaves out for a proto3 field without presence: `undefined`, `""`, `false`, `0`
 * and empty lists. Fields with explicit presence (proto3 `optional`) go through {@link present}.
 */
export function message(fields: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of fields) {
    if (value instanceof Present) {
      if (value.value !== undefined) out[name] = value.value;
      continue;
    }
    if (value === undefined || value === '' || value === false || value === 0 || (Array.isArray(value) && value.length === 0)) continue;
    out[name] = value;
  }
  return out;
}

class Present {
  constructor(readonly value: unknown) {}
}

/** Marks a proto3 `optional` field: written whenever it is set, even to `false` or `""`. */
export function present(value: unknown): Present {
  return new Present(value);
}
