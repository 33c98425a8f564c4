import { registerDecorator, ValidationOptions } from 'class-validator';
import { isHttpUrl } from '@kindling/job-board';

/** An absolute http(s) URL, by the job board's own rule (the service checks it again). */
export function IsHttpUrl(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isHttpUrl',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must be an http(s) URL`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isHttpUrl(value.trim()) },
    });
}
