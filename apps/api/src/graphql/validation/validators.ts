import { Transform } from 'class-transformer';
import { stripInvisibleControls } from '@kindling/core';
import { isIanaTimeZone } from '@kindling/users';
import { registerDecorator, ValidateIf, ValidationOptions } from 'class-validator';

export function IsIanaTimeZone(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isIanaTimeZone',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must be an IANA time zone such as Europe/Lisbon`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isIanaTimeZone(value) },
    });
}

/** Rejects strings that are empty once trimmed. */
export function IsNotBlank(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isNotBlank',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must not be blank`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && value.trim().length > 0 },
    });
}

/** Skips validation when the field is absent, but validates an explicit null (which then fails). */
export const IsOmittable = (): PropertyDecorator => ValidateIf((_, value) => value !== undefined);

/** Strips bidi controls and zero-width characters before the field is validated, so `IsNotBlank` and patterns see what will be stored. */
export const StripInvisibleControls = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? stripInvisibleControls(value) : value));
