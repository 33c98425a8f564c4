import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserRole } from './user-role';

@Entity('user_account')
// Full-text member search (userSearchVectorSql); created by hand in its migration (an expression index).
@Index('ix_user_account_search', { synchronize: false })
export class UserEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  /** Stored lower-cased, so the unique index is case-insensitive. */
  @Index('uq_user_account_handle', { unique: true })
  @Column({ type: 'varchar', length: 30 })
  handle: string;

  /** Stored lower-cased, so the unique index is case-insensitive. */
  @Index('uq_user_account_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'text', select: false })
  passwordHash: string;

  @Column({ type: 'varchar', length: 80 })
  displayName: string;

  @Column({ type: 'varchar', length: 160, nullable: true })
  headline: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  bio: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  interests: string[];

  @Column({ type: 'varchar', length: 64, default: 'UTC' })
  timezone: string;

  @Column({ type: 'enum', enum: UserRole, enumName: 'user_role', default: UserRole.MEMBER })
  role: UserRole;

  @Column({ type: 'integer', default: 0 })
  followerCount: number;

  @Column({ type: 'integer', default: 0 })
  followingCount: number;

  /** Touched at most hourly by authenticated requests; fan-out skips members not seen for FEED_INACTIVE_DAYS. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastSeenAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
