import { Field, ObjectType } from '@nestjs/graphql';
import { ResourceKind } from './roadmap-enums.graphql';

@ObjectType('Resource')
export class Resource {
  @Field()
  title: string;

  @Field()
  url: string;

  @Field(() => ResourceKind)
  kind: ResourceKind;
}
