import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString } from 'class-validator';
import { ThreadStatus } from '@kindling/threads';
import { IsNotBlank, IsOmittable } from '../graphql/validation/validators';
import { MaxChars } from '../graphql/validation/max-chars.validator';

@InputType()
export class UpdateThreadInput {
  @Field({ nullable: true })
  @IsOmittable()
  @IsNotBlank()
  @MaxChars(140)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(2000)
  goal?: string | null;

  @Field(() => ThreadStatus, { nullable: true })
  @IsOmittable()
  @IsEnum(ThreadStatus)
  status?: ThreadStatus;
}
