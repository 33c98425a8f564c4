import { InputValidationException } from '../errors/input-validation.exception';

/** Cursors are opaque to clients: base64url of the sort key tuple as JSON. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** Decodes a cursor made by `encodeCursor` with `arity` string parts; anything else is BAD_USER_INPUT on `after`. */
export function decodeCursor(cursor: string, arity: number, field = 'after'): string[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === arity && key.every((part) => typeof part === 'string' && /^-?\d{1,20}$/.test(part))) {
      return key as string[];
    }
  } catch {
    // fall through
  }
  throw new InputValidationException(field, `${field} is not a valid cursor`);
}
