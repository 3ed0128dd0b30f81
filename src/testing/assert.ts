/** A failed contract check: the message says what the adapter did and what the contract wants. */
export class ContractViolation extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContractViolation';
  }
}

/** Fails with `message` unless `condition` holds. */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ContractViolation(message);
}

/** Fails unless two lists of ids are the same, naming the first place they differ. */
export function checkSameIds(actual: readonly string[], expected: readonly string[], what: string): void {
  const length = Math.max(actual.length, expected.length);
  for (let i = 0; i < length; i++) {
    if (actual[i] !== expected[i]) {
      throw new ContractViolation(
        `${what}: expected ${expected.length} events, got ${actual.length}; first difference at position ${i}: expected ${expected[i] ?? '(none)'}, got ${actual[i] ?? '(none)'}.`,
      );
    }
  }
}

/** Runs `action` and returns what it rejected with; fails if it resolved. */
export async function rejection(action: () => Promise<unknown>, what: string): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new ContractViolation(`${what}: expected a rejection, but it resolved.`);
}
