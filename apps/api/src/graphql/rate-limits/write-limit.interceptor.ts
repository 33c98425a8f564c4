import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthErrorCode, AuthException, RateLimiter } from '@kindling/auth';
import { AppConfig } from '@kindling/config';
import { RedisService } from '@kindling/redis';
import { Observable } from 'rxjs';
import { graphqlContext } from '../context/viewer.decorator';
import { WRITE_LIMIT_KEY } from './write-limit.key';
import { writeLimit, WriteLimitName } from './write-limits';

/**
 * Applies @WriteLimit. Built from the global Redis and config providers (the
 * libs/auth RateLimiter over them), so any feature module can use the
 * decorator without importing AuthModule. Anonymous calls pass through: the
 * resolver's CurrentViewer answers UNAUTHENTICATED.
 */
@Injectable()
export class WriteLimitInterceptor implements NestInterceptor {
  private readonly limiter: RateLimiter;

  constructor(
    private readonly reflector: Reflector,
    private readonly config: AppConfig,
    redis: RedisService,
  ) {
    this.limiter = new RateLimiter(redis);
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const name = this.reflector.get<WriteLimitName | undefined>(WRITE_LIMIT_KEY, context.getHandler());
    const viewer = graphqlContext(context).viewer;
    if (name && viewer) {
      const decision = await this.limiter.hit(writeLimit(name, this.config), viewer.userId);
      if (!decision.allowed) {
        throw new AuthException(AuthErrorCode.RATE_LIMITED, 'Too many writes of this kind; try again later', undefined, {
          retryAfter: decision.retryAfter,
        });
      }
    }
    return next.handle();
  }
}
