import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { normalizeDisplayName } from '@kindling/core';
import { isUniqueViolation } from '@kindling/database';
import { EntityManager, In, Repository } from 'typeorm';
import { canonicalTimeZone, normalizeEmail, normalizeHandle, normalizeProfileTags, HANDLE_PATTERN } from './profile-rules';
import { UserRole } from './user-role';
import { UserEntity } from './user.entity';
import { UsersErrorCode, UsersException } from './users.exception';

export interface NewUser {
  email: string;
  handle: string;
  displayName: string;
  passwordHash: string;
  timezone?: string | null;
}

export interface ProfileChanges {
  displayName?: string;
  headline?: string | null;
  bio?: string | null;
  skills?: string[];
  interests?: string[];
  timezone?: string;
}

@Injectable()
export class UsersService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  /** Creates the account inside the caller's transaction; duplicate handle or email → CONFLICT-coded errors. */
  async create(em: EntityManager, input: NewUser): Promise<UserEntity> {
    const handle = normalizeHandle(input.handle);
    if (!HANDLE_PATTERN.test(handle)) {
      throw new UsersException(UsersErrorCode.INVALID_HANDLE, 'Handle must be 3-30 of a-z, 0-9 and _', 'handle');
    }
    const displayName = this.displayName(input.displayName);
    const timezone = this.canonicalZone(input.timezone ?? 'UTC');
    try {
      const user = em.create(UserEntity, {
        email: normalizeEmail(input.email),
        handle,
        displayName,
        passwordHash: input.passwordHash,
        timezone,
      });
      return await em.save(user);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_user_account_handle')) {
        throw new UsersException(UsersErrorCode.HANDLE_TAKEN, 'That handle is taken', 'handle');
      }
      if (isUniqueViolation(error, 'uq_user_account_email')) {
        throw new UsersException(UsersErrorCode.EMAIL_TAKEN, 'An account with that e-mail exists', 'email');
      }
      throw error;
    }
  }

  async findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  /** Members with at least one of `skills` (normalised), in id order after `after`: a keyset walk for job matches. */
  async withAnySkill(skills: readonly string[], after: string | null, limit: number): Promise<UserEntity[]> {
    const builder = this.users
      .createQueryBuilder('u')
      .where('u.skills && :skills::text[]', { skills: [...skills] })
      .orderBy('u.id', 'ASC')
      .limit(limit);
    if (after) builder.andWhere('u.id > :after::bigint', { after });
    return builder.getMany();
  }

  async findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return ids.length === 0 ? [] : this.users.findBy({ id: In([...ids]) });
  }

  async findByHandle(handle: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ handle: normalizeHandle(handle) });
  }

  /** Members by handle (case-insensitive); unknown handles are simply absent. */
  async findByHandles(handles: readonly string[]): Promise<UserEntity[]> {
    return handles.length === 0 ? [] : this.users.findBy({ handle: In(handles.map(normalizeHandle)) });
  }

  /** The account with its password hash, for login only. */
  async findCredentials(email: string): Promise<Pick<UserEntity, 'id' | 'passwordHash'> | null> {
    return this.users.findOne({ where: { email: normalizeEmail(email) }, select: { id: true, passwordHash: true } });
  }

  async requireById(id: string): Promise<UserEntity> {
    const user = await this.findById(id);
    if (!user) throw new UsersException(UsersErrorCode.USER_NOT_FOUND, 'No such member');
    return user;
  }

  async updateProfile(userId: string, changes: ProfileChanges): Promise<UserEntity> {
    const patch: Partial<UserEntity> = {};
    if (changes.displayName !== undefined) patch.displayName = this.displayName(changes.displayName);
    if (changes.headline !== undefined) patch.headline = changes.headline?.trim() || null;
    if (changes.bio !== undefined) patch.bio = changes.bio?.trim() || null;
    if (changes.skills !== undefined) patch.skills = normalizeProfileTags(changes.skills);
    if (changes.interests !== undefined) patch.interests = normalizeProfileTags(changes.interests);
    if (changes.timezone !== undefined) patch.timezone = this.canonicalZone(changes.timezone);
    if (Object.keys(patch).length > 0) await this.users.update({ id: userId }, patch);
    return this.requireById(userId);
  }

  /** Counter upkeep for the social graph, in its transaction: `col = col + n`, never read-modify-write. */
  async adjustFollowCounts(em: EntityManager, followerId: string, followeeId: string, delta: 1 | -1): Promise<void> {
    await em.query(
      `UPDATE user_account SET
         following_count = following_count + CASE WHEN id = $1 THEN $3::int ELSE 0 END,
         follower_count  = follower_count  + CASE WHEN id = $2 THEN $3::int ELSE 0 END
       WHERE id IN ($1, $2)`,
      [followerId, followeeId, delta],
    );
  }

  /** Raw SQL so `updated_at` (the profile's change time) does not move. */
  async touchLastSeen(userId: string): Promise<void> {
    await this.users.query(`UPDATE user_account SET last_seen_at = now() WHERE id = $1`, [userId]);
  }

  /** Platform admins handle reports on content outside any community. */
  async isAdmin(userId: string | null | undefined): Promise<boolean> {
    return !!userId && (await this.users.existsBy({ id: userId, role: UserRole.ADMIN }));
  }

  /** Sets a member's platform role (`npm run admin:grant`); null when no member has that handle. */
  async setRole(handle: string, role: UserRole): Promise<UserEntity | null> {
    const user = await this.findByHandle(handle);
    if (!user) return null;
    await this.users.update({ id: user.id }, { role });
    return this.requireById(user.id);
  }

  /** Stored without bidi controls or zero-width characters, so a name cannot reorder or hide the text around it. */
  private displayName(name: string): string {
    const normalized = normalizeDisplayName(name);
    if (!normalized) throw new UsersException(UsersErrorCode.INVALID_DISPLAY_NAME, 'displayName must not be blank', 'displayName');
    return normalized;
  }

  private canonicalZone(zone: string): string {
    const canonical = canonicalTimeZone(zone);
    if (!canonical) throw new UsersException(UsersErrorCode.INVALID_TIMEZONE, `"${zone}" is not an IANA time zone`, 'timezone');
    return canonical;
  }
}
