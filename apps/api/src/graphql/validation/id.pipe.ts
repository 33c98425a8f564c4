import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { isId } from '@kindling/core';
import { InputValidationException } from '../errors/input-validation.exception';

/** For `ID!` arguments: a malformed id is BAD_USER_INPUT naming the argument. */
@Injectable()
export class IdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (!isId(value)) throw new InputValidationException(metadata.data ?? 'id', `${metadata.data ?? 'id'} is not a valid id`);
    return value;
  }
}
