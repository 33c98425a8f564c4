import { Injectable } from '@nestjs/common';

/**
 * The programs feature's one source of "now": matching, check-in days and
 * match health ask it, so tests can move time (spy on `now`).
 */
@Injectable()
export class ProgramClock {
  now(): Date {
    return new Date();
  }
}
