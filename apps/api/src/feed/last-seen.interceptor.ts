import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { LastSeenTracker } from '@kindling/feed';
import { Observable } from 'rxjs';
import type { GraphQLContext } from '../graphql/context/graphql-context';

/** Every authenticated GraphQL operation counts as the member being seen (throttled, off the request's path). */
@Injectable()
export class LastSeenInterceptor implements NestInterceptor {
  constructor(private readonly tracker: LastSeenTracker) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() === 'graphql') {
      const viewer = GqlExecutionContext.create(context).getContext<GraphQLContext>().viewer;
      if (viewer) this.tracker.seen(viewer.userId);
    }
    return next.handle();
  }
}
