import { InputValidationException } from '../errors/input-validation.exception';
import { decodeCursor, encodeCursor } from './cursor';

const raw = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

describe('cursors', () => {
  it.each([[['1700000000123456', '42']], [['0', '1']], [['9223372036854775807', '9223372036854775807']], [['7']]])(
    'round-trips %j',
    (key) => {
      expect(decodeCursor(encodeCursor(key), key.length)).toEqual(key);
    },
  );

  it('decodes numbers passed to encodeCursor as strings', () => {
    expect(decodeCursor(encodeCursor([1700000000, 5]), 2)).toEqual(['1700000000', '5']);
  });

  it('is opaque and URL-safe: no JSON, no padding, no + or /', () => {
    const cursor = encodeCursor(['1700000000123456', '42']);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain('1700000000123456');
  });

  it.each([
    ['empty', ''],
    ['not base64 JSON', 'abc'],
    ['garbage characters', '!!!***'],
    ['a JSON string', raw('"42"')],
    ['a JSON object', raw({ at: '1', id: '2' })],
    ['null', raw(null)],
    ['an empty array', raw([])],
    ['too few parts', raw(['1'])],
    ['too many parts', raw(['1', '2', '3'])],
    ['numbers instead of strings', raw([1, 2])],
    ['non-numeric strings', raw(['x', 'y'])],
    ['decimals', raw(['1.5', '2'])],
    ['exponents', raw(['1e5', '2'])],
    ['negative numbers', raw(['-1', '2'])],
    ['signs', raw(['+1', '2'])],
    ['whitespace', raw([' 1', '2'])],
    ['beyond bigint', raw(['9223372036854775808', '1'])],
    ['20 digits', raw(['1', '99999999999999999999'])],
    ['truncated JSON', raw('["1", "2"').slice(0, -2)],
  ])('rejects %s as BAD_USER_INPUT on after', (_, cursor) => {
    let thrown: unknown;
    try {
      decodeCursor(cursor, 2);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputValidationException);
    expect(thrown).toMatchObject({ feature: 'input', code: 'INVALID_INPUT', field: 'after', message: 'after is not a valid cursor' });
  });

  it('names the argument it decodes', () => {
    expect(() => decodeCursor('abc', 2, 'before')).toThrow(
      expect.objectContaining({ field: 'before', message: 'before is not a valid cursor' }),
    );
  });
});
