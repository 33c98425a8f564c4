import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { Page, PageRequest, toPage } from '@kindling/core';
import { toPrefixQuery } from '@kindling/communities';
import { notBlockedSql } from '@kindling/social-graph';
import { memberNameHeadlineVectorSql } from '@kindling/users';
import { MentorProfileEntity } from './mentor-profile.entity';
import { assertWithin, CAPACITY_LIMITS, cleanText, normalizeExpertise, YEARS_LIMITS } from './mentorship-rules';

export interface MentorProfileInput {
  expertise: string[];
  yearsOfExperience: number;
  about?: string | null;
  acceptingMentees: boolean;
  capacity: number;
}

export interface MentorFilter {
  /** Words matched (as prefixes) against the mentor's name, headline and expertise. */
  query?: string | null;
  /** Mentors with at least one of these skills. */
  skills?: string[] | null;
  /** Leave out mentors who do not accept mentees or have no open slot. */
  acceptingOnly?: boolean | null;
}

const EXPERTISE_VECTOR = `to_tsvector('simple', array_to_string(mp.expertise, ' '))`;

/** Mentor profiles, and the counters on them that other parts of the feature move in their transactions. */
@Injectable()
export class MentorProfilesService {
  constructor(@InjectRepository(MentorProfileEntity) private readonly profiles: Repository<MentorProfileEntity>) {}

  /** Creates or replaces the viewer's profile; the counters (open rooms, ratings) are kept. */
  async upsert(viewerId: string, input: MentorProfileInput): Promise<MentorProfileEntity> {
    const expertise = normalizeExpertise(input.expertise);
    assertWithin('capacity', input.capacity, CAPACITY_LIMITS);
    assertWithin('yearsOfExperience', input.yearsOfExperience, YEARS_LIMITS);
    await this.profiles.query(
      `INSERT INTO mentor_profile (user_id, expertise, years_of_experience, about, accepting_mentees, capacity)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (user_id) DO UPDATE SET expertise = EXCLUDED.expertise, years_of_experience = EXCLUDED.years_of_experience,
         about = EXCLUDED.about, accepting_mentees = EXCLUDED.accepting_mentees, capacity = EXCLUDED.capacity, updated_at = now()`,
      [viewerId, expertise, input.yearsOfExperience, cleanText(input.about), input.acceptingMentees, input.capacity],
    );
    return this.profiles.findOneByOrFail({ userId: viewerId });
  }

  findByUserId(userId: string, em: EntityManager = this.profiles.manager): Promise<MentorProfileEntity | null> {
    return em.findOneBy(MentorProfileEntity, { userId });
  }

  findByUserIds(userIds: readonly string[]): Promise<MentorProfileEntity[]> {
    return userIds.length === 0 ? Promise.resolve([]) : this.profiles.findBy({ userId: In([...userIds]) });
  }

  /** Newest profiles first; members in a block with the viewer are left out. */
  async search(viewerId: string | null, filter: MentorFilter, { first, after }: PageRequest<string>): Promise<Page<MentorProfileEntity>> {
    const builder = this.profiles
      .createQueryBuilder('mp')
      .orderBy('mp.id', 'DESC')
      .take(first + 1);
    if (filter.query?.trim()) {
      const tsquery = toPrefixQuery(filter.query);
      if (!tsquery) return { items: [], hasNextPage: false };
      builder.andWhere(
        `(coalesce(${memberNameHeadlineVectorSql('mp.user_id')}, ''::tsvector) || ${EXPERTISE_VECTOR}) @@ to_tsquery('simple', :tsquery)`,
        {
          tsquery,
        },
      );
    }
    const skills = filter.skills ? filter.skills.map((s) => s.trim().toLowerCase()).filter(Boolean) : [];
    if (filter.skills && skills.length === 0) return { items: [], hasNextPage: false };
    if (skills.length > 0) builder.andWhere('mp.expertise && CAST(:skills AS text[])', { skills });
    if (filter.acceptingOnly ?? true) builder.andWhere('mp.accepting_mentees AND mp.active_mentee_count < mp.capacity');
    if (viewerId) builder.andWhere(notBlockedSql(':viewerId', 'mp.user_id'), { viewerId });
    if (after) builder.andWhere('mp.id < :after', { after });
    return toPage(await builder.getMany(), first);
  }

  /**
   * Takes one of the mentor's slots inside the caller's transaction: the
   * conditional UPDATE locks the row, so of two transactions racing for the
   * last slot the second sees the first's increment and gets false.
   */
  async takeSlot(em: EntityManager, mentorId: string): Promise<boolean> {
    const [, changed]: [unknown, number] = await em.query(
      `UPDATE mentor_profile SET active_mentee_count = active_mentee_count + 1 WHERE user_id = $1 AND active_mentee_count < capacity`,
      [mentorId],
    );
    return changed === 1;
  }

  /** Gives a slot back when one of the mentor's rooms completes. */
  async releaseSlot(em: EntityManager, mentorId: string): Promise<void> {
    await em.query(
      `UPDATE mentor_profile SET active_mentee_count = active_mentee_count - 1 WHERE user_id = $1 AND active_mentee_count > 0`,
      [mentorId],
    );
  }

  /** Adds a mentee's rating to the mentor's average, in the feedback's transaction. */
  async addRating(em: EntityManager, mentorId: string, rating: number): Promise<void> {
    await em.query(`UPDATE mentor_profile SET rating_sum = rating_sum + $2::int, rating_count = rating_count + 1 WHERE user_id = $1`, [
      mentorId,
      rating,
    ]);
  }
}
