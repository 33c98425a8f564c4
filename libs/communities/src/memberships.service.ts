import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, MoreThan, Not, Repository } from 'typeorm';
import { Page, PageRequest, toPage } from '@kindling/core';
import { Transaction, TransactionRunner } from '@kindling/database';
import { JobQueue } from '@kindling/jobs';
import { UsersService } from '@kindling/users';
import { canBan, isModerator, isOwner, Standing } from './community-policy';
import { CommunityRole, CommunityVisibility, MembershipStatus, ModerationActionType } from './community.enums';
import { CommunityEntity } from './community.entity';
import { CommunitiesErrorCode, CommunitiesException } from './communities.exception';
import { MembershipEntity } from './membership.entity';
import { ModerationLogService } from './moderation-log.service';

const fail = (code: CommunitiesErrorCode, message: string, field?: string) => new CommunitiesException(code, message, field);

/**
 * Joining, leaving, review, roles and bans. Every change that moves an
 * ACTIVE membership moves `member_count` in the same transaction, and every
 * moderator action is logged in it too.
 */
@Injectable()
export class MembershipsService {
  constructor(
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly log: ModerationLogService,
    private readonly jobs: JobQueue,
    private readonly users: UsersService,
  ) {}

  async standing(communityId: string, userId: string | null | undefined, em: EntityManager = this.dataSource.manager): Promise<Standing> {
    if (!userId) return null;
    return em.findOne(MembershipEntity, { where: { communityId, userId }, select: { role: true, status: true } });
  }

  /** The viewer's membership in each community, for the loader behind `viewerMembership`. */
  findForUser(userId: string, communityIds: readonly string[]): Promise<MembershipEntity[]> {
    return communityIds.length === 0 ? Promise.resolve([]) : this.memberships.findBy({ userId, communityId: In([...communityIds]) });
  }

  findByIds(ids: readonly string[]): Promise<MembershipEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.memberships.findBy({ id: In([...ids]) });
  }

  /** ACTIVE at once in a public community, PENDING in a private one; idempotent; banned members are refused. */
  async join(viewerId: string, communityId: string): Promise<MembershipEntity> {
    return this.tx.run(async (tx) => {
      const { em } = tx;
      const community = await this.lockCommunity(em, communityId);
      const existing = await em.findOneBy(MembershipEntity, { communityId, userId: viewerId });
      if (existing?.status === MembershipStatus.BANNED)
        throw fail(CommunitiesErrorCode.BANNED, 'You are banned from this community', 'communityId');
      if (existing) return existing;
      const status = community.visibility === CommunityVisibility.PUBLIC ? MembershipStatus.ACTIVE : MembershipStatus.PENDING;
      const membership = await em.save(em.create(MembershipEntity, { communityId, userId: viewerId, role: CommunityRole.MEMBER, status }));
      if (status === MembershipStatus.ACTIVE) await this.moveCount(em, communityId, 1);
      else
        await this.jobs.enqueueAfterCommit(
          tx,
          'notify.membership-requested',
          { membershipId: membership.id },
          { jobId: `membership-requested.${membership.id}` },
        );
      return membership;
    });
  }

  /** Leaves (or withdraws a pending request). The last owner cannot leave; a ban stays in place. */
  async leave(viewerId: string, communityId: string): Promise<boolean> {
    return this.tx.run(async ({ em }) => {
      await this.lockCommunity(em, communityId);
      const membership = await em.findOneBy(MembershipEntity, { communityId, userId: viewerId });
      if (!membership || membership.status === MembershipStatus.BANNED) return false;
      if (isOwner(membership)) await this.assertAnotherOwner(em, communityId, viewerId, 'communityId');
      await em.delete(MembershipEntity, { id: membership.id });
      if (membership.status === MembershipStatus.ACTIVE) await this.moveCount(em, communityId, -1);
      return true;
    });
  }

  /**
   * Approves (ACTIVE) or rejects a pending request; owners and moderators only.
   * A rejected request is removed, so the member may ask again; the answer is the refused membership, REJECTED.
   */
  async review(viewerId: string, membershipId: string, approve: boolean): Promise<MembershipEntity> {
    return this.tx.run(async (tx) => {
      const { em } = tx;
      const request = await em.findOneBy(MembershipEntity, { id: membershipId });
      // Pending requests are private: anyone who may not review them learns nothing about them.
      if (!request || !isModerator(await this.standing(request.communityId, viewerId, em))) {
        throw fail(CommunitiesErrorCode.MEMBERSHIP_NOT_FOUND, 'No such membership request', 'membershipId');
      }
      await this.lockCommunity(em, request.communityId);
      const current = await em.findOneBy(MembershipEntity, { id: membershipId });
      if (current?.status !== MembershipStatus.PENDING)
        throw fail(CommunitiesErrorCode.NOT_PENDING, 'The request is no longer pending', 'membershipId');
      const type = approve ? ModerationActionType.APPROVE_MEMBER : ModerationActionType.REJECT_MEMBER;
      await this.log.record(em, { communityId: current.communityId, type, moderatorId: viewerId, targetUserId: current.userId });
      if (!approve) {
        await em.delete(MembershipEntity, { id: current.id });
        return Object.assign(current, { status: MembershipStatus.REJECTED });
      }
      await em.update(MembershipEntity, { id: current.id }, { status: MembershipStatus.ACTIVE });
      await this.moveCount(em, current.communityId, 1);
      await this.notifyApproved(tx, current.id, viewerId);
      return em.findOneByOrFail(MembershipEntity, { id: current.id });
    });
  }

  /** Only owners change roles; the last owner cannot step down. */
  async setRole(viewerId: string, communityId: string, userId: string, role: CommunityRole): Promise<MembershipEntity> {
    return this.tx.run(async ({ em }) => {
      await this.lockCommunity(em, communityId);
      const actor = await this.standing(communityId, viewerId, em);
      if (!isOwner(actor)) throw fail(CommunitiesErrorCode.OWNER_ONLY, 'Only owners change roles', 'communityId');
      const target = await this.requireActiveMember(em, communityId, userId);
      if (target.role === role) return target;
      if (target.role === CommunityRole.OWNER) await this.assertAnotherOwner(em, communityId, userId, 'userId');
      await em.update(MembershipEntity, { id: target.id }, { role });
      await this.log.record(em, {
        communityId,
        type: ModerationActionType.SET_ROLE,
        moderatorId: viewerId,
        targetUserId: userId,
        reason: `${target.role} → ${role}`,
      });
      return em.findOneByOrFail(MembershipEntity, { id: target.id });
    });
  }

  /** Bans a member (or pre-emptively anyone); takes effect on the next request they make. */
  async ban(viewerId: string, communityId: string, userId: string, reason?: string | null): Promise<MembershipEntity> {
    if (viewerId === userId) throw fail(CommunitiesErrorCode.SELF_ACTION, 'You cannot ban yourself', 'userId');
    return this.tx.run(async ({ em }) => {
      await this.lockCommunity(em, communityId);
      const actor = await this.standing(communityId, viewerId, em);
      if (!isModerator(actor)) throw fail(CommunitiesErrorCode.NOT_A_MODERATOR, 'Only owners and moderators can ban', 'communityId');
      const target = await em.findOneBy(MembershipEntity, { communityId, userId });
      if (!target && !(await this.users.findById(userId))) throw fail(CommunitiesErrorCode.MEMBER_NOT_FOUND, 'No such member', 'userId');
      if (!canBan(actor, target)) throw fail(CommunitiesErrorCode.PROTECTED_MEMBER, 'You cannot ban this member', 'userId');
      if (target?.status === MembershipStatus.BANNED) return target;
      if (target?.status === MembershipStatus.ACTIVE) await this.moveCount(em, communityId, -1);
      if (target) await em.update(MembershipEntity, { id: target.id }, { status: MembershipStatus.BANNED, role: CommunityRole.MEMBER });
      else await em.insert(MembershipEntity, { communityId, userId, role: CommunityRole.MEMBER, status: MembershipStatus.BANNED });
      await this.log.record(em, {
        communityId,
        type: ModerationActionType.BAN_MEMBER,
        moderatorId: viewerId,
        targetUserId: userId,
        reason,
      });
      return em.findOneByOrFail(MembershipEntity, { communityId, userId });
    });
  }

  /** Lifts a ban (the member may join again); false when there was none. */
  async unban(viewerId: string, communityId: string, userId: string): Promise<boolean> {
    return this.tx.run(async ({ em }) => {
      await this.lockCommunity(em, communityId);
      if (!isModerator(await this.standing(communityId, viewerId, em))) {
        throw fail(CommunitiesErrorCode.NOT_A_MODERATOR, 'Only owners and moderators can unban', 'communityId');
      }
      const deleted = await em.delete(MembershipEntity, { communityId, userId, status: MembershipStatus.BANNED });
      if (!deleted.affected) return false;
      await this.log.record(em, { communityId, type: ModerationActionType.UNBAN_MEMBER, moderatorId: viewerId, targetUserId: userId });
      return true;
    });
  }

  /** Memberships in id order; the caller decides what the viewer may list. */
  async list(
    communityId: string,
    filter: { role?: CommunityRole; status: MembershipStatus },
    { first, after }: PageRequest<string>,
  ): Promise<Page<MembershipEntity>> {
    const rows = await this.memberships.find({
      where: { communityId, status: filter.status, ...(filter.role && { role: filter.role }), ...(after && { id: MoreThan(after) }) },
      order: { id: 'ASC' },
      take: first + 1,
    });
    return toPage(rows, first);
  }

  /** User ids of the community's active owners and moderators. */
  async staffIds(communityId: string): Promise<string[]> {
    const rows = await this.memberships.find({
      where: { communityId, status: MembershipStatus.ACTIVE, role: In([CommunityRole.OWNER, CommunityRole.MODERATOR]) },
      select: { userId: true },
    });
    return rows.map((r) => r.userId);
  }

  private notifyApproved(tx: Transaction, membershipId: string, moderatorId: string): Promise<void> {
    return this.jobs.enqueueAfterCommit(
      tx,
      'notify.membership-approved',
      { membershipId, moderatorId },
      { jobId: `membership-approved.${membershipId}` },
    );
  }

  private async requireActiveMember(em: EntityManager, communityId: string, userId: string): Promise<MembershipEntity> {
    const target = await em.findOneBy(MembershipEntity, { communityId, userId });
    if (!target) throw fail(CommunitiesErrorCode.MEMBERSHIP_NOT_FOUND, 'That member is not in the community', 'userId');
    if (target.status !== MembershipStatus.ACTIVE) throw fail(CommunitiesErrorCode.NOT_ACTIVE, 'That membership is not active', 'userId');
    return target;
  }

  /** `field` names the argument the refusal is about: the community one leaves, or the owner one demotes. */
  private async assertAnotherOwner(em: EntityManager, communityId: string, userId: string, field: string): Promise<void> {
    const others = await em.count(MembershipEntity, {
      where: { communityId, role: CommunityRole.OWNER, status: MembershipStatus.ACTIVE, userId: Not(userId) },
    });
    if (others === 0)
      throw fail(CommunitiesErrorCode.LAST_OWNER, 'A community needs at least one owner: make someone else owner first', field);
  }

  /** Serialises membership changes of one community (the last-owner rule needs it). */
  private async lockCommunity(em: EntityManager, communityId: string): Promise<CommunityEntity> {
    const community = await em.findOne(CommunityEntity, { where: { id: communityId }, lock: { mode: 'pessimistic_write' } });
    if (!community) throw fail(CommunitiesErrorCode.COMMUNITY_NOT_FOUND, 'No such community', 'communityId');
    return community;
  }

  private async moveCount(em: EntityManager, communityId: string, delta: 1 | -1): Promise<void> {
    await em.query(`UPDATE community SET member_count = member_count + $2::int WHERE id = $1`, [communityId, delta]);
  }
}
