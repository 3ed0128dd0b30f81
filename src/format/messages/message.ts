/**
 * Declares a message that is a function, with its type written once beside it: the parameter
 * types of the default come from the type given, and the type of the messages object is derived
 * from the defaults (there is no second list of keys to keep in step).
 */
export function message<F>(text: F): F {
  return text;
}
