import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsNotBlank, IsOmittable } from '../graphql/validation/validators';

/** Title and description are not versioned: members see the change at once. */
@InputType()
export class UpdateRoadmapInput {
  @Field({ nullable: true })
  @IsOmittable()
  @IsNotBlank()
  @MaxLength(140)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string | null;
}
