import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { InputValidationException } from '../errors/input-validation.exception';

const PRIMITIVES = new Set<unknown>([String, Boolean, Number, Array, Object]);

/**
 * How Nest labels @Args in ArgumentMetadata: `GqlParamtype.ARGS` is 3, the
 * same number as `RouteParamtypes.BODY`, so the pipe sees 'body'. Only @Args
 * are client input; @Parent, context and custom decorators arrive as 'custom'.
 */
const GRAPHQL_ARGS = 'body';

function firstProblem(errors: ValidationError[], prefix: string): { field: string; message: string } | null {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      const message = Object.values(error.constraints)[0];
      return { field, message: message.startsWith(error.property) ? `${field}${message.slice(error.property.length)}` : message };
    }
    const nested = firstProblem(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/** The path of the first string holding a NUL character (`email`, `resources.0.url`), or null: Postgres text cannot store one. */
function nulPath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    const found = nulPath(item, path ? `${path}.${key}` : key);
    if (found !== null) return found;
  }
  return null;
}

/**
 * Validates every @Args class (whitelist, no unknown properties). A failure is
 * BAD_USER_INPUT naming the field inside the argument (`handle`,
 * `first`, `resources.0.url`), the same name the services use,, and no
 * resolver runs, so nothing is written.
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== GRAPHQL_ARGS) return value;
    // GraphQL arguments were checked by guardArguments already; this covers REST bodies (web-session) the same way.
    const nul = nulPath(value, typeof value === 'object' ? '' : (metadata.data ?? ''));
    if (nul !== null) throw new InputValidationException(nul, `${nul} must not contain NUL characters`);
    const type = metadata.metatype;
    if (!type || PRIMITIVES.has(type)) return value;
    if (value === null || value === undefined || typeof value !== 'object') return value;
    const instance = plainToInstance(type, value) as object;
    const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: false });
    const problem = firstProblem(errors, '');
    if (problem) throw new InputValidationException(problem.field, problem.message);
    return instance;
  }
}
