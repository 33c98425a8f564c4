import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SearchService } from '@kindling/search';
import { OptionalViewer } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { Comment } from '../comments/comment.object';
import { Community } from '../communities/community.object';
import { JobPosting } from '../job-board/job-posting.object';
import { Post } from '../posts/post.object';
import { Roadmap } from '../roadmaps/roadmap.object';
import { GrowthThread } from '../threads/thread.object';
import { User } from '../users/user.object';
import { SearchArgs } from './search.args';
import { SearchResults } from './search-results.object';

@Resolver(() => SearchResults)
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Query(() => SearchResults, {
    description:
      'Members, communities, threads, posts, comments, roadmaps and open jobs matching every word (the last as a prefix), best first.',
  })
  search(@OptionalViewer() viewer: Viewer | null, @Args() args: SearchArgs): SearchResults {
    return SearchResults.of(this.service.prepare(viewer?.userId ?? null, args.query, args.limit));
  }

  @ResolveField(() => [User])
  async users(@Parent() results: SearchResults): Promise<User[]> {
    return (await this.service.members(results.request)).map((u) => User.from(u));
  }

  @ResolveField(() => [Community])
  async communities(@Parent() results: SearchResults): Promise<Community[]> {
    return (await this.service.communities(results.request)).map((c) => Community.from(c));
  }

  @ResolveField(() => [GrowthThread])
  async threads(@Parent() results: SearchResults): Promise<GrowthThread[]> {
    return (await this.service.threads(results.request)).map((t) => GrowthThread.from(t));
  }

  @ResolveField(() => [Post])
  async posts(@Parent() results: SearchResults): Promise<Post[]> {
    return (await this.service.postHits(results.request)).map((p) => Post.from(p));
  }

  @ResolveField(() => [Comment], { description: 'Live comments on posts the viewer can see; a comment with the query as a #tag first.' })
  async comments(@Parent() results: SearchResults): Promise<Comment[]> {
    return (await this.service.commentHits(results.request)).map((c) => Comment.from(c));
  }

  @ResolveField(() => [Roadmap], { description: 'Published roadmaps, never drafts.' })
  async roadmaps(@Parent() results: SearchResults): Promise<Roadmap[]> {
    return (await this.service.roadmaps(results.request)).map((r) => Roadmap.from(r));
  }

  @ResolveField(() => [JobPosting], { description: 'Jobs still open for applications.' })
  async jobs(@Parent() results: SearchResults): Promise<JobPosting[]> {
    return (await this.service.openJobs(results.request)).map((j) => JobPosting.from(j));
  }
}
