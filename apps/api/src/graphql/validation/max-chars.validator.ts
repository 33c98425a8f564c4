import { registerDecorator, ValidationOptions } from 'class-validator';

/** Length in code points: a surrogate pair is one character, as it is to Postgres. */
const codePoints = (value: string) => value.length - (value.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);

/**
 * At most `max` characters as Postgres counts them (code points) for the
 * varchar(max) column behind the field. class-validator's MaxLength counts an
 * emoji followed by a variation selector (❤️) as one, so text it accepts can
 * overflow the column and fail as an internal error instead of BAD_USER_INPUT.
 */
export function MaxChars(max: number, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'maxChars',
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [max],
      options: { message: `${String(propertyName)} must be at most ${max} characters`, ...options },
      validator: { validate: (value: unknown) => typeof value !== 'string' || codePoints(value) <= max },
    });
}
