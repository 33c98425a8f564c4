import { Injectable } from '@nestjs/common';
import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { CommentEntity, commentSearchVectorSql } from '@kindling/comments';
import { CommunityEntity, SEARCH_VECTOR_SQL } from '@kindling/communities';
import { jobOpenSql, JobPostingEntity, jobSearchVectorSql, jobVisibleSql } from '@kindling/job-board';
import { PostEntity, postSearchVectorSql, PostsService } from '@kindling/posts';
import { RoadmapEntity, roadmapSearchVectorSql, roadmapVisibleSql } from '@kindling/roadmaps';
import { notBlockedSql } from '@kindling/social-graph';
import { ThreadEntity, threadSearchVectorSql, ThreadVisibility } from '@kindling/threads';
import { UserEntity, userSearchVectorSql } from '@kindling/users';
import { MAX_SEARCH_LIMIT, MAX_SEARCH_QUERY_LENGTH, parseSearchQuery, SearchTerms } from './search-query';
import { matchesSql, relevanceOrderSql } from './search-rank.sql';
import { SearchErrorCode, SearchException } from './search.exception';

/** A checked query; each kind of result is then fetched only when asked for. `terms` null: nothing can match. */
export interface SearchRequest {
  viewerId: string | null;
  terms: SearchTerms | null;
  limit: number;
}

interface Ranking {
  vector: string;
  /** An exact name match (handle, slug, title) ranks above everything else. */
  boost?: string;
  /** After relevance: popularity, then newest. */
  ties: Array<[string, 'ASC' | 'DESC']>;
}

/**
 * Full-text search over members, communities, threads, posts, comments, published
 * roadmaps and open jobs, each ranked and capped at `limit`, under the same
 * visibility rules as every other list: threads, posts, roadmaps and jobs
 * through their owners' visibility predicates (private communities, blocks,
 * deletions, drafts), and nothing from a member with a block either way.
 * Community names are public, private communities included.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly posts: PostsService,
    private readonly threadVisibility: ThreadVisibility,
  ) {}

  prepare(viewerId: string | null, query: string, limit: number): SearchRequest {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_LIMIT) {
      throw new SearchException(SearchErrorCode.INVALID_LIMIT, `limit must be between 1 and ${MAX_SEARCH_LIMIT}`, 'limit');
    }
    if (query.length > MAX_SEARCH_QUERY_LENGTH) {
      throw new SearchException(SearchErrorCode.QUERY_TOO_LONG, `query must be at most ${MAX_SEARCH_QUERY_LENGTH} characters`, 'query');
    }
    return { viewerId, terms: parseSearchQuery(query), limit };
  }

  members({ viewerId, terms, limit }: SearchRequest): Promise<UserEntity[]> {
    const builder = this.dataSource.createQueryBuilder(UserEntity, 'u');
    if (viewerId) builder.andWhere(notBlockedSql(':viewerId', 'u.id'), { viewerId });
    return ranked(builder, terms, limit, {
      vector: userSearchVectorSql('u'),
      boost: `u.handle = :name OR lower(u.display_name) = :name`,
      ties: [
        ['u.follower_count', 'DESC'],
        ['u.id', 'ASC'],
      ],
    });
  }

  communities({ terms, limit }: SearchRequest): Promise<CommunityEntity[]> {
    return ranked(this.dataSource.createQueryBuilder(CommunityEntity, 'c'), terms, limit, {
      vector: SEARCH_VECTOR_SQL,
      boost: `c.slug = :name OR lower(c.name) = :name`,
      ties: [
        ['c.member_count', 'DESC'],
        ['c.id', 'DESC'],
      ],
    });
  }

  threads({ viewerId, terms, limit }: SearchRequest): Promise<ThreadEntity[]> {
    const builder = this.dataSource
      .createQueryBuilder(ThreadEntity, 't')
      .where(this.threadVisibility.sql(viewerId === null ? null : ':viewerId', 't.author_id', 't.community_id'), { viewerId });
    return ranked(builder, terms, limit, {
      vector: threadSearchVectorSql('t'),
      boost: `lower(t.title) = :name`,
      ties: [
        ['t.subscriber_count', 'DESC'],
        ['t.id', 'DESC'],
      ],
    });
  }

  /** Undeleted posts the viewer may see, as in every post list: the posts feature's own query. */
  postHits({ viewerId, terms, limit }: SearchRequest): Promise<PostEntity[]> {
    return ranked(this.posts.visibleQuery(viewerId, {}), terms, limit, { vector: postSearchVectorSql('p'), ties: [['p.id', 'DESC']] });
  }

  /**
   * Live comments on posts the viewer may see (the posts feature's own query), from no one with a block either way;
   * a comment carrying the query as a #tag ranks first.
   */
  commentHits({ viewerId, terms, limit }: SearchRequest): Promise<CommentEntity[]> {
    const visiblePosts = this.posts.visibleQuery(viewerId, {}).select('p.id');
    const builder = this.dataSource
      .createQueryBuilder(CommentEntity, 'c')
      .where('c.deleted_at IS NULL')
      .andWhere(`c.post_id IN (${visiblePosts.getQuery()})`)
      .setParameters(visiblePosts.getParameters());
    if (viewerId) builder.andWhere(notBlockedSql(':viewerId', 'c.author_id'), { viewerId });
    return ranked(builder, terms, limit, {
      vector: commentSearchVectorSql('c'),
      boost: `c.tags @> ARRAY[ltrim(:name, '#')]::text[]`,
      ties: [['c.id', 'DESC']],
    });
  }

  /** Published roadmaps (never drafts) whose community shows its contents to the viewer. */
  roadmaps({ viewerId, terms, limit }: SearchRequest): Promise<RoadmapEntity[]> {
    const viewer = viewerId === null ? null : ':viewerId';
    const builder = this.dataSource
      .createQueryBuilder(RoadmapEntity, 'r')
      .where(roadmapVisibleSql('r', viewer), { viewerId })
      .andWhere(`r.status = 'PUBLISHED'`); // archived ones take no new enrollments
    if (viewer) builder.andWhere(notBlockedSql(viewer, 'r.author_id'));
    return ranked(builder, terms, limit, {
      vector: roadmapSearchVectorSql('r'),
      boost: `lower(r.title) = :name`,
      ties: [
        ['r.enrollment_count', 'DESC'],
        ['r.id', 'DESC'],
      ],
    });
  }

  /** Jobs still open for applications; closed and expired ones are history, not results. */
  openJobs({ viewerId, terms, limit }: SearchRequest): Promise<JobPostingEntity[]> {
    const viewer = viewerId === null ? null : ':viewerId';
    const builder = this.dataSource
      .createQueryBuilder(JobPostingEntity, 'j')
      .where(jobOpenSql('j', ':now'), { now: new Date() })
      .andWhere(jobVisibleSql('j', viewer), { viewerId });
    if (viewer) builder.andWhere(notBlockedSql(viewer, 'j.posted_by_id'));
    return ranked(builder, terms, limit, { vector: jobSearchVectorSql('j'), boost: `lower(j.title) = :name`, ties: [['j.id', 'DESC']] });
  }
}

async function ranked<T extends ObjectLiteral>(
  builder: SelectQueryBuilder<T>,
  terms: SearchTerms | null,
  limit: number,
  ranking: Ranking,
): Promise<T[]> {
  if (!terms) return [];
  builder.andWhere(matchesSql(ranking.vector)).setParameters({ match: terms.match, exact: terms.exact, name: terms.name });
  if (ranking.boost) builder.addOrderBy(`(${ranking.boost})`, 'DESC');
  for (const relevance of relevanceOrderSql(ranking.vector)) builder.addOrderBy(relevance, 'DESC');
  for (const [expression, direction] of ranking.ties) builder.addOrderBy(expression, direction);
  return builder.limit(limit).getMany();
}
