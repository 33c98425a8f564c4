import { DomainException } from '@kindling/core';

export enum InputErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
}

/** Thrown by the validation pipe and by argument parsing (cursors, ids) before any service runs. */
export class InputValidationException extends DomainException<InputErrorCode> {
  readonly feature = 'input';

  constructor(field: string, message: string) {
    super(InputErrorCode.INVALID_INPUT, message, field);
  }
}
