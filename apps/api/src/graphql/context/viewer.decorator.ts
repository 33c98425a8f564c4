import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthErrorCode, AuthException } from '@kindling/auth';
import { GraphQLContext } from './graphql-context';
import { Viewer } from './viewer';

export const graphqlContext = (ctx: ExecutionContext) => GqlExecutionContext.create(ctx).getContext<GraphQLContext>();

/** The signed-in member; UNAUTHENTICATED when there is none. */
export const CurrentViewer = createParamDecorator((_: unknown, ctx: ExecutionContext): Viewer => {
  const viewer = graphqlContext(ctx).viewer;
  if (!viewer) throw new AuthException(AuthErrorCode.AUTHENTICATION_REQUIRED, 'Sign in to do this');
  return viewer;
});

/** The signed-in member, or null for anonymous requests. */
export const OptionalViewer = createParamDecorator((_: unknown, ctx: ExecutionContext): Viewer | null => graphqlContext(ctx).viewer);

/** The request's DataLoaders. */
export const Loaders = createParamDecorator((_: unknown, ctx: ExecutionContext) => graphqlContext(ctx).loaders);

/** The client's address (X-Forwarded-For only when TRUST_PROXY is on). */
export const ClientIp = createParamDecorator((_: unknown, ctx: ExecutionContext): string => graphqlContext(ctx).clientIp);
