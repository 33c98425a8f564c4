import { IntrinsicException } from '@nestjs/common';

/**
 * Base class of every feature exception. Intrinsic: an expected refusal, so
 * Nest does not log it as an unhandled error with a stack trace. A feature declares its own subclass
 * with a code enum; the API maps each code to a GraphQL error code in one
 * exhaustive table, so no feature decides how its errors look on the wire.
 */
export abstract class DomainException<Code extends string = string> extends IntrinsicException {
  abstract readonly feature: string;

  constructor(
    readonly code: Code,
    message: string,
    /** The input field at fault, when there is one (`input.handle`, `first`). */
    readonly field?: string,
    /** Extra machine-readable facts safe to show the client (e.g. retryAfter). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
