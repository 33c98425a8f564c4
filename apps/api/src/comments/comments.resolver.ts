import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CommentsService } from '@kindling/comments';
import { CurrentViewer } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { IdPipe } from '../graphql/validation/id.pipe';
import { AddCommentInput } from './add-comment.input';
import { Comment } from './comment.object';
import { EditCommentArgs } from './edit-comment.args';
import { WriteLimit } from '../graphql/rate-limits/write-limit.decorator';

@Resolver(() => Comment)
export class CommentsResolver {
  constructor(private readonly comments: CommentsService) {}

  @Mutation(() => Comment)
  @WriteLimit('comments')
  async addComment(@CurrentViewer() viewer: Viewer, @Args('input') input: AddCommentInput): Promise<Comment> {
    return Comment.from(await this.comments.add(viewer.userId, input));
  }

  @Mutation(() => Comment)
  @WriteLimit('edits')
  async editComment(@CurrentViewer() viewer: Viewer, @Args() args: EditCommentArgs): Promise<Comment> {
    return Comment.from(await this.comments.edit(viewer.userId, args.id, args.body));
  }

  @Mutation(() => Comment)
  async deleteComment(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<Comment> {
    return Comment.from(await this.comments.delete(viewer.userId, id));
  }
}
