import { InputValidationException } from '../errors/input-validation.exception';
import { decodeCursor, decodeTimeCursor, encodeCursor } from './cursor';

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

  describe('time cursors ([microseconds, id])', () => {
    it('decodes the latest instant a Date holds, and any bigint id', () => {
      expect(decodeTimeCursor(encodeCursor(['8640000000000000000', '9223372036854775807']))).toEqual({
        at: '8640000000000000000',
        id: '9223372036854775807',
      });
      expect(decodeTimeCursor(encodeCursor(['1700000000123456', '42']))).toEqual({ at: '1700000000123456', id: '42' });
    });

    it.each([['8640000000000000001'], ['9223372036854775807'], ['9223372036854775808']])(
      'refuses a time part of %s (past any timestamp Postgres holds) as BAD_USER_INPUT on after',
      (at) => {
        expect(() => decodeTimeCursor(encodeCursor([at, '1']))).toThrow(
          expect.objectContaining({ field: 'after', message: 'after is not a valid cursor' }),
        );
      },
    );

    it('refuses what decodeCursor refuses', () => {
      expect(() => decodeTimeCursor(encodeCursor(['1']))).toThrow(InputValidationException);
      expect(() => decodeTimeCursor(raw(['1', '-2']))).toThrow(InputValidationException);
    });
  });
});
