import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsUrl } from 'class-validator';
import { MAX_RESOURCE_TITLE, MAX_RESOURCE_URL } from '@kindling/roadmaps';
import { IsNotBlank } from '../graphql/validation/validators';
import { ResourceKind } from './roadmap-enums.graphql';
import { MaxChars } from '../graphql/validation/max-chars.validator';

@InputType()
export class ResourceInput {
  @Field()
  @IsNotBlank()
  @MaxChars(MAX_RESOURCE_TITLE)
  title: string;

  @Field()
  @MaxChars(MAX_RESOURCE_URL)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http or https URL' })
  url: string;

  @Field(() => ResourceKind)
  @IsEnum(ResourceKind)
  kind: ResourceKind;
}
