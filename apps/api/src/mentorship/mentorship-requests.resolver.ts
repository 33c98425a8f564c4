import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { MentorshipRequestsService } from '@kindling/mentorship';
import { CurrentViewer } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { Connection, toConnection } from '../graphql/pagination/connection.types';
import { decodeCursor, encodeCursor } from '../graphql/pagination/cursor';
import { IdPipe } from '../graphql/validation/id.pipe';
import { MentorshipRequestConnection } from './mentorship-request-connection';
import { MentorshipRequest } from './mentorship-request.object';
import { MentorshipRequestsArgs } from './mentorship-requests.args';
import { RequestMentorshipInput } from './request-mentorship.input';
import { RespondMentorshipArgs } from './respond-mentorship.args';
import { WriteLimit } from '../graphql/rate-limits/write-limit.decorator';

@Resolver(() => MentorshipRequest)
export class MentorshipRequestsResolver {
  constructor(private readonly requests: MentorshipRequestsService) {}

  @Query(() => MentorshipRequestConnection, { description: "The viewer's requests as mentor or as mentee, newest first." })
  async mentorshipRequests(@CurrentViewer() viewer: Viewer, @Args() args: MentorshipRequestsArgs): Promise<Connection<MentorshipRequest>> {
    const after = args.after ? decodeCursor(args.after, 1)[0] : undefined;
    const page = await this.requests.list(viewer.userId, args.role, args.status, { first: args.first, after });
    return toConnection(
      page,
      (r) => encodeCursor([r.id]),
      (r) => MentorshipRequest.from(r),
    );
  }

  @Mutation(() => MentorshipRequest)
  @WriteLimit('mentorshipRequests')
  async requestMentorship(@CurrentViewer() viewer: Viewer, @Args('input') input: RequestMentorshipInput): Promise<MentorshipRequest> {
    return MentorshipRequest.from(await this.requests.create(viewer.userId, input));
  }

  @Mutation(() => MentorshipRequest, {
    description: 'The mentor only. Accepting opens the room (CONFLICT when the mentor has no open slot).',
  })
  async respondToMentorshipRequest(@CurrentViewer() viewer: Viewer, @Args() args: RespondMentorshipArgs): Promise<MentorshipRequest> {
    return MentorshipRequest.from(await this.requests.respond(viewer.userId, args.id, args.accept, args.note));
  }

  @Mutation(() => MentorshipRequest, { description: 'The mentee only, while the request is PENDING.' })
  async withdrawMentorshipRequest(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<MentorshipRequest> {
    return MentorshipRequest.from(await this.requests.withdraw(viewer.userId, id));
  }
}
