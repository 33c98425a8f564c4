import { Field, InputType } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { MaxChars } from '../graphql/validation/max-chars.validator';

@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @MaxChars(254)
  email: string;

  /** No length rule beyond the cap: a wrong password must fail like any other. */
  @Field()
  @IsString()
  @MaxChars(128)
  password: string;
}
