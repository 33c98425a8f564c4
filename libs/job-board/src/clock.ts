import { Injectable } from '@nestjs/common';

/**
 * The job board's one source of "now": defaults, expiry checks, reads and the
 * expiry sweep all ask it, so tests can move time (spy on `now`).
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
