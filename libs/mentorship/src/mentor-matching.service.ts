import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { normalizeTags } from '@kindling/core';
import { activeCommunityIdsSql, CommunitiesService } from '@kindling/communities';
import { notBlockedSql } from '@kindling/social-graph';
import { UsersService } from '@kindling/users';
import { rankMatches, ScoredMatch } from './match-scoring';
import { MentorProfileEntity } from './mentor-profile.entity';
import { MentorshipRequestsService } from './mentorship-requests.service';

export const MAX_MATCHES = 50;
/** How many candidates the query hands the scorer: the ones with the most matched skills, then the oldest profiles. */
const CANDIDATE_POOL = 300;

export interface MentorMatch extends ScoredMatch {
  profile: MentorProfileEntity;
}

/**
 * Loads who may be suggested to the viewer and lets the pure scorer rank them.
 * Left out: the viewer, members in a block with them either way, their
 * current mentors (an ACTIVE or PAUSED room) and mentors who do not accept
 * mentees or have no open slot.
 */
@Injectable()
export class MentorMatchingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly communities: CommunitiesService,
    private readonly requests: MentorshipRequestsService,
  ) {}

  async matches(viewerId: string, limit: number, at: Date = new Date()): Promise<MentorMatch[]> {
    const viewer = await this.users.requireById(viewerId);
    const requestGoals = await this.requests.pendingGoals(viewerId);
    const wanted = normalizeTags([...viewer.interests, ...requestGoals]);

    const { entities, raw } = await this.dataSource
      .getRepository(MentorProfileEntity)
      .createQueryBuilder('mp')
      .addSelect(
        `ARRAY(${activeCommunityIdsSql('mp.user_id')} INTERSECT ${activeCommunityIdsSql(':viewerId')})::text[]`,
        'shared_communities',
      )
      .where('mp.user_id <> :viewerId', { viewerId })
      .andWhere('mp.accepting_mentees AND mp.active_mentee_count < mp.capacity')
      .andWhere(notBlockedSql(':viewerId', 'mp.user_id'))
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM mentorship_room cur WHERE cur.mentor_id = mp.user_id AND cur.mentee_id = :viewerId AND cur.status IN ('ACTIVE', 'PAUSED'))`,
      )
      .orderBy('cardinality(ARRAY(SELECT unnest(mp.expertise) INTERSECT SELECT unnest(CAST(:wanted AS text[]))))', 'DESC')
      .addOrderBy('mp.id', 'ASC')
      .setParameter('wanted', wanted)
      .limit(CANDIDATE_POOL)
      .getRawAndEntities<{ shared_communities: string[] }>();

    const mentors = new Map((await this.users.findByIds(entities.map((p) => p.userId))).map((u) => [u.id, u]));
    const communityIds = [...new Set(raw.flatMap((r) => r.shared_communities))];
    const names = new Map((await this.communities.findByIds(communityIds)).map((c) => [c.id, c.name]));
    const profiles = new Map(entities.map((p) => [p.userId, p]));

    const candidates = entities.map((p, i) => ({
      mentorId: p.userId,
      expertise: p.expertise,
      timezone: mentors.get(p.userId)?.timezone ?? 'UTC',
      sharedCommunities: raw[i].shared_communities.map((id) => names.get(id)).filter((n): n is string => !!n),
      capacity: p.capacity,
      activeMenteeCount: p.activeMenteeCount,
      ratingSum: p.ratingSum,
      ratingCount: p.ratingCount,
    }));
    const ranked = rankMatches({ interests: viewer.interests, requestGoals, timezone: viewer.timezone }, candidates, at, limit);
    return ranked.map((m) => ({ ...m, profile: profiles.get(m.mentorId)! }));
  }
}
