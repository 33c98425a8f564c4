import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, Matches, MinLength } from 'class-validator';
import { IsIanaTimeZone, IsNotBlank, StripInvisibleControls } from '../graphql/validation/validators';
import { MaxChars } from '../graphql/validation/max-chars.validator';

@InputType()
export class RegisterInput {
  @Field()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxChars(254)
  email: string;

  @Field()
  @IsString()
  @MinLength(8, { message: 'password must be 8 to 128 characters' })
  @MaxChars(128, { message: 'password must be 8 to 128 characters' })
  password: string;

  @Field()
  @StripInvisibleControls()
  @Matches(/^[A-Za-z0-9_]{3,30}$/, { message: 'handle must be 3 to 30 of a-z, 0-9 and _' })
  handle: string;

  @Field()
  @StripInvisibleControls()
  @IsNotBlank()
  @MaxChars(80)
  displayName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIanaTimeZone()
  timezone?: string | null;
}
