import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PostEntity, PostKind, ReactionType } from '@kindling/posts';
import { ReactionCount } from './reaction-count.object';

registerEnumType(PostKind, { name: 'PostKind' });

@ObjectType('Post')
export class Post {
  @Field(() => ID)
  id: string;

  @Field(() => PostKind)
  kind: PostKind;

  @Field()
  body: string;

  @Field(() => [String], { description: 'Lower-cased #hashtags found in the body.' })
  tags: string[];

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  editedAt: Date | null;

  @Field(() => Int)
  commentCount: number;

  @Field(() => [ReactionCount], { description: 'Counts per reaction type, for the types that have any.' })
  reactions: ReactionCount[];

  threadId: string;
  authorId: string;
  communityId: string | null;
  roadmapStepId: string | null;

  static from(entity: PostEntity): Post {
    const counts: Array<[ReactionType, number]> = [
      [ReactionType.CHEER, entity.cheerCount],
      [ReactionType.INSIGHTFUL, entity.insightfulCount],
      [ReactionType.SUPPORT, entity.supportCount],
      [ReactionType.CELEBRATE, entity.celebrateCount],
    ];
    return Object.assign(new Post(), {
      id: entity.id,
      kind: entity.kind,
      body: entity.body,
      tags: entity.tags,
      createdAt: entity.createdAt,
      editedAt: entity.editedAt,
      commentCount: entity.commentCount,
      reactions: counts.filter(([, count]) => count > 0).map(([type, count]) => ({ type, count })),
      threadId: entity.threadId,
      authorId: entity.authorId,
      communityId: entity.communityId,
      roadmapStepId: entity.roadmapStepId,
    });
  }
}
