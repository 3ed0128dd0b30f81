import { rpcStatus } from './errors.js';
import { isGoTimestamp } from './go-time.js';

/** One field of a request message that a REST query parameter can set. */
export interface QueryField {
  /** lowerCamelCase JSON name, e.g. `filterStartTime`. */
  json: string;
  /** snake_case proto name, e.g. `filter_start_time`. */
  proto: string;
  kind: 'string' | 'timestamp';
}

/**
 * Reads a REST query string into a request message as Tesseral's vanguard transcoder does
 * (vanguard protocol_rest.go:164-176, params.go:78-101): a parameter may use the JSON or the
 * proto name, a repeated one keeps its last value, a Timestamp must parse, and a name that is no
 * field of the message is an error. Vanguard answers that last case with a 500 (code 2, an error
 * that is not a Connect error); the mock answers 400 with the same words, because no client input
 * may make it fail like a broken server. Values come back by JSON name; unset ones are absent.
 */
export function readQuery(url: URL, messageName: string, fields: readonly QueryField[]): Record<string, string> | Response {
  const values: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    const field = fields.find((f) => f.json === key || f.proto === key);
    if (!field) {
      return rpcStatus('invalid_argument', `in field path ${JSON.stringify(key)}: element ${JSON.stringify(key)} does not correspond to any field of type ${messageName}`);
    }
    if (field.kind === 'timestamp' && !isGoTimestamp(value)) {
      return rpcStatus('invalid_argument', `invalid parameter ${JSON.stringify(field.proto)} value for type "message": ${JSON.stringify(value)}`);
    }
    if (value === '') delete values[field.json];
    else values[field.json] = value;
  }
  return values;
}
