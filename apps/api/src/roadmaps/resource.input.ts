import { Field, InputType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { MAX_RESOURCE_TITLE, MAX_RESOURCE_URL } from '@kindling/roadmaps';
import { IsNotBlank } from '../graphql/validation/validators';
import { ResourceKind } from './roadmap-enums.graphql';
import { MaxChars } from '../graphql/validation/max-chars.validator';
import { IsHttpUrl } from '../job-board/is-http-url.validator';

@InputType()
export class ResourceInput {
  @Field()
  @IsNotBlank()
  @MaxChars(MAX_RESOURCE_TITLE)
  title: string;

  @Field()
  @MaxChars(MAX_RESOURCE_URL)
  @IsHttpUrl(MAX_RESOURCE_URL)
  url: string;

  @Field(() => ResourceKind)
  @IsEnum(ResourceKind)
  kind: ResourceKind;
}
