import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { WriteLimitInterceptor } from './write-limit.interceptor';
import { WRITE_LIMIT_KEY } from './write-limit.key';
import { WriteLimitName } from './write-limits';

/**
 * Counts each call by the signed-in member against the `name` bucket of
 * WRITE_LIMITS; over the limit the call answers RATE_LIMITED with
 * `extensions.retryAfter` and the resolver does not run. Every call counts
 * (aliases included), refused or not, as login attempts do.
 */
export const WriteLimit = (name: WriteLimitName) =>
  applyDecorators(SetMetadata(WRITE_LIMIT_KEY, name), UseInterceptors(WriteLimitInterceptor));
