import { registerDecorator, ValidationOptions } from 'class-validator';
import { isSafeHttpUrl, MAX_URL_LENGTH } from '@kindling/core';

/**
 * Every URL field of every input: http(s) with a host, no credentials, at most
 * `maxLength` characters, by the rule the services check again (`isSafeHttpUrl`).
 */
export function IsHttpUrl(maxLength = MAX_URL_LENGTH, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isHttpUrl',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must be an http(s) URL without credentials`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isSafeHttpUrl(value.trim(), maxLength) },
    });
}
