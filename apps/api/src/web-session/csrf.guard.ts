import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

export const CLIENT_HEADER = 'x-kindling-client';

export class CsrfRefusal extends Error {
  constructor() {
    super('Browser-session requests must be JSON with the x-kindling-client header');
  }
}

/**
 * Refuses anything a cross-site page could send without a CORS preflight: a form
 * post or other "simple" request can set neither `content-type: application/json`
 * nor a custom header. SameSite=Strict already keeps the cookie off cross-site
 * requests; this is the second wall.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const contentType = request.headers['content-type'] ?? '';
    const json = /^application\/json\s*(;|$)/i.test(contentType);
    const body = request.body;
    if (!json || request.headers[CLIENT_HEADER] !== 'web' || typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new CsrfRefusal();
    }
    return true;
  }
}
