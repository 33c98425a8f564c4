import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CommentEntity } from '@kindling/comments';

@ObjectType('Comment')
export class Comment {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: 'Null once the comment is deleted.' })
  body: string | null;

  @Field(() => Int)
  replyCount: number;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  editedAt: Date | null;

  @Field(() => Date, { nullable: true })
  deletedAt: Date | null;

  postId: string;
  parentId: string | null;
  /** Null for a tombstone: a deleted comment shows no author. */
  authorId: string | null;

  static from(entity: CommentEntity): Comment {
    const deleted = entity.deletedAt !== null;
    return Object.assign(new Comment(), {
      id: entity.id,
      body: deleted ? null : entity.body,
      replyCount: entity.replyCount,
      createdAt: entity.createdAt,
      editedAt: entity.editedAt,
      deletedAt: entity.deletedAt,
      postId: entity.postId,
      parentId: entity.parentId,
      authorId: deleted ? null : entity.authorId,
    });
  }
}
