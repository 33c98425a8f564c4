import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @MaxLength(254)
  email: string;

  /** No length rule beyond the cap: a wrong password must fail like any other. */
  @Field()
  @IsString()
  @MaxLength(128)
  password: string;
}
