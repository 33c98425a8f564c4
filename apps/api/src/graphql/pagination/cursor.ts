import type { TimeKey } from '@kindling/database';
import { InputValidationException } from '../errors/input-validation.exception';

const INT64_MAX = 2n ** 63n - 1n;

/**
 * The latest instant a JS Date holds (+275760-09-13), in microseconds: inside
 * Postgres's timestamptz range, whereas a bigint time part such as 2^63-1
 * overflows the interval arithmetic in SQL (`interval out of range`).
 */
const MAX_TIME_MICROS = 8_640_000_000_000_000_000n;

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

/** Decodes a `[microseconds, id]` cursor (`TimeKey`); a time part past `MAX_TIME_MICROS` is BAD_USER_INPUT on `after` like any bad cursor. */
export function decodeTimeCursor(cursor: string, field = 'after'): TimeKey {
  const [at, id] = decodeCursor(cursor, 2, field);
  if (BigInt(at) > MAX_TIME_MICROS) throw new InputValidationException(field, `${field} is not a valid cursor`);
  return { at, id };
}
