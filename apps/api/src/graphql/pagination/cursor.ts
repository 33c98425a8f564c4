import { InputValidationException } from '../errors/input-validation.exception';

const INT64_MAX = 2n ** 63n - 1n;

/**
 * A cursor part is what the data side compares as a Postgres bigint (ids,
 * microsecond timestamps, counts): a decimal string of 0..2^63-1. Anything
 * outside that range would only fail later, inside SQL, as a server error.
 */
const isKeyPart = (part: unknown): part is string => typeof part === 'string' && /^\d{1,19}$/.test(part) && BigInt(part) <= INT64_MAX;

/** Cursors are opaque to clients: base64url of the sort key tuple as JSON, every part a string (as `decodeCursor` wants). */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key.map(String))).toString('base64url');
}

/** Decodes a cursor made by `encodeCursor` with `arity` string parts; anything else is BAD_USER_INPUT on `after`. */
export function decodeCursor(cursor: string, arity: number, field = 'after'): string[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === arity && key.every(isKeyPart)) {
      return key as string[];
    }
  } catch {
    // fall through
  }
  throw new InputValidationException(field, `${field} is not a valid cursor`);
}
