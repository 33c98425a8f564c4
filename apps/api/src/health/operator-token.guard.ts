import { createHash, timingSafeEqual } from 'node:crypto';
import { CanActivate, ExecutionContext, Injectable, NotFoundException } from '@nestjs/common';
import { AppConfig } from '@kindling/config';
import { FastifyRequest } from 'fastify';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Lets through only a request carrying `Authorization: Bearer <HEALTH_TOKEN>`. Anyone else
 * (and everyone while HEALTH_TOKEN is unset) gets the very 404 of a route that does not
 * exist: queue figures say how busy the service is, and the route's existence says nothing useful.
 */
@Injectable()
export class OperatorTokenGuard implements CanActivate {
  private readonly expected?: Buffer;

  constructor(config: AppConfig) {
    this.expected = config.healthToken ? digest(config.healthToken) : undefined;
  }

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const header = request.headers.authorization ?? '';
    const presented = /^Bearer (.+)$/i.exec(header)?.[1];
    // Digests of equal length, so the comparison time says nothing about the token.
    if (this.expected && presented && timingSafeEqual(digest(presented), this.expected)) return true;
    throw new NotFoundException(`Cannot ${request.method} ${request.url.split('?')[0]}`);
  }
}
