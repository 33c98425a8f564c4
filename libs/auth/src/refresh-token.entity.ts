import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@kindling/users';

/**
 * One refresh token of a session family. Tokens rotate on every refresh; the
 * family id ties the chain together so reuse of a spent token revokes it all.
 * Only a SHA-256 of the token is stored.
 */
@Entity('refresh_token')
@Index('ix_refresh_token_family', ['familyId'])
@Index('ix_refresh_token_expires_at', ['expiresAt'])
export class RefreshTokenEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  user: UserEntity;

  @Column({ type: 'bigint' })
  userId: string;

  @Column({ type: 'uuid' })
  familyId: string;

  @Index('uq_refresh_token_hash', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** Set when the token was exchanged; a second exchange is reuse. */
  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  /**
   * Set on a token rotated by the browser's cookie refresh: its successor, sealed
   * under a key derived from this token (successor-seal.ts), so a second tab
   * refreshing with it within the grace period gets the same successor.
   */
  @Column({ type: 'text', nullable: true })
  successorSealed: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
