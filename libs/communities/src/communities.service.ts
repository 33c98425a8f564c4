import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Page, PageRequest, toPage } from '@kindling/core';
import { isUniqueViolation, TransactionRunner } from '@kindling/database';
import { CommunityRole, CommunityVisibility, MembershipStatus, ModerationActionType } from './community.enums';
import { CommunityEntity } from './community.entity';
import { CommunitiesErrorCode, CommunitiesException } from './communities.exception';
import { isModerator, isOwner } from './community-policy';
import { MembershipEntity } from './membership.entity';
import { MembershipsService } from './memberships.service';
import { ModerationLogService } from './moderation-log.service';

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]$/;

export interface NewCommunity {
  slug: string;
  name: string;
  description?: string | null;
  visibility: CommunityVisibility;
}

export interface CommunityChanges {
  name?: string;
  description?: string | null;
  visibility?: CommunityVisibility;
}

/** Words of a search query as a prefix tsquery (`rust:* & wasm:*`); null when nothing searchable is left. */
export function toPrefixQuery(query: string): string | null {
  const words =
    query
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 8) ?? [];
  return words.length > 0 ? words.map((w) => `${w}:*`).join(' & ') : null;
}

export const SEARCH_VECTOR_SQL = `to_tsvector('simple', c.name || ' ' || coalesce(c.description, ''))`;

@Injectable()
export class CommunitiesService {
  constructor(
    @InjectRepository(CommunityEntity) private readonly communities: Repository<CommunityEntity>,
    private readonly memberships: MembershipsService,
    private readonly tx: TransactionRunner,
    private readonly log: ModerationLogService,
  ) {}

  /** The creator becomes the first OWNER, in the same transaction. */
  async create(viewerId: string, input: NewCommunity): Promise<CommunityEntity> {
    const slug = input.slug.trim().toLowerCase();
    if (!SLUG_PATTERN.test(slug)) {
      throw new CommunitiesException(
        CommunitiesErrorCode.INVALID_SLUG,
        'slug must be 3 to 40 of a-z, 0-9 and -, not starting or ending with -',
        'slug',
      );
    }
    try {
      return await this.tx.run(async ({ em }) => {
        const community = await em.save(
          em.create(CommunityEntity, {
            slug,
            name: input.name.trim(),
            description: input.description?.trim() || null,
            visibility: input.visibility,
            memberCount: 1,
            createdById: viewerId,
          }),
        );
        await em.insert(MembershipEntity, {
          communityId: community.id,
          userId: viewerId,
          role: CommunityRole.OWNER,
          status: MembershipStatus.ACTIVE,
        });
        return community;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_community_slug')) {
        throw new CommunitiesException(CommunitiesErrorCode.SLUG_TAKEN, 'That slug is taken', 'slug');
      }
      throw error;
    }
  }

  /**
   * Name and description: owners and moderators. Visibility: owners only (a moderator's call that would change it is
   * OWNER_ONLY and writes nothing), logged as VISIBILITY_CHANGED in the same transaction.
   */
  async update(viewerId: string, communityId: string, changes: CommunityChanges): Promise<CommunityEntity> {
    return this.tx.run(async ({ em }) => {
      const community = await em.findOne(CommunityEntity, { where: { id: communityId }, lock: { mode: 'pessimistic_write' } });
      if (!community) throw new CommunitiesException(CommunitiesErrorCode.COMMUNITY_NOT_FOUND, 'No such community', 'id');
      const standing = await this.memberships.standing(communityId, viewerId, em);
      if (!isModerator(standing)) {
        throw new CommunitiesException(CommunitiesErrorCode.NOT_A_MODERATOR, 'Only owners and moderators can edit the community', 'id');
      }
      const visibilityChanges = changes.visibility !== undefined && changes.visibility !== community.visibility;
      if (visibilityChanges && !isOwner(standing)) {
        throw new CommunitiesException(CommunitiesErrorCode.OWNER_ONLY, "Only owners change a community's visibility", 'visibility');
      }
      const patch: Partial<CommunityEntity> = {};
      if (changes.name !== undefined) patch.name = changes.name.trim();
      if (changes.description !== undefined) patch.description = changes.description?.trim() || null;
      if (visibilityChanges) patch.visibility = changes.visibility;
      if (Object.keys(patch).length > 0) await em.update(CommunityEntity, { id: communityId }, patch);
      if (visibilityChanges) {
        await this.log.record(em, {
          communityId,
          type: ModerationActionType.VISIBILITY_CHANGED,
          moderatorId: viewerId,
          reason: `${community.visibility} → ${changes.visibility}`,
        });
      }
      return em.findOneByOrFail(CommunityEntity, { id: communityId });
    });
  }

  async require(communityId: string): Promise<CommunityEntity> {
    const community = await this.communities.findOneBy({ id: communityId });
    if (!community) throw new CommunitiesException(CommunitiesErrorCode.COMMUNITY_NOT_FOUND, 'No such community', 'communityId');
    return community;
  }

  findBySlug(slug: string): Promise<CommunityEntity | null> {
    return this.communities.findOneBy({ slug: slug.trim().toLowerCase() });
  }

  findByIds(ids: readonly string[]): Promise<CommunityEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.communities.findBy({ id: In([...ids]) });
  }

  /** Public and private communities alike (their names are public), newest first; optional word-prefix search. */
  async search(query: string | null | undefined, { first, after }: PageRequest<string>): Promise<Page<CommunityEntity>> {
    const builder = this.communities
      .createQueryBuilder('c')
      .orderBy('c.id', 'DESC')
      .take(first + 1);
    const tsquery = query ? toPrefixQuery(query) : null;
    if (query && !tsquery) return { items: [], hasNextPage: false };
    if (tsquery) builder.andWhere(`${SEARCH_VECTOR_SQL} @@ to_tsquery('simple', :tsquery)`, { tsquery });
    if (after) builder.andWhere('c.id < :after', { after });
    return toPage(await builder.getMany(), first);
  }
}
