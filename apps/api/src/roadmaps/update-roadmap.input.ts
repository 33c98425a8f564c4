import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString } from 'class-validator';
import { IsNotBlank, IsOmittable } from '../graphql/validation/validators';
import { MaxChars } from '../graphql/validation/max-chars.validator';

/** Title and description are not versioned: members see the change at once. */
@InputType()
export class UpdateRoadmapInput {
  @Field({ nullable: true })
  @IsOmittable()
  @IsNotBlank()
  @MaxChars(140)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(4000)
  description?: string | null;
}
