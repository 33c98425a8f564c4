import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString } from 'class-validator';
import { MaxChars } from '../graphql/validation/max-chars.validator';

/** Omitted fields stay as they are; null clears one. */
@InputType()
export class RoomAgreementInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(2000)
  goals?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(500)
  cadence?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(2000)
  expectations?: string | null;
}
