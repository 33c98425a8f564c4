import { Field, InputType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString } from 'class-validator';
import { IsNotBlank } from '../graphql/validation/validators';
import { MaxChars } from '../graphql/validation/max-chars.validator';

@InputType()
export class RoomGoalInput {
  @Field()
  @IsNotBlank()
  @MaxChars(200)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(2000)
  description?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  dueAt?: Date | null;
}
