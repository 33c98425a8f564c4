import { CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@kindling/users';

@Entity('user_block')
@Index('ix_user_block_blocked', ['blockedId'])
export class BlockEntity {
  @PrimaryColumn({ type: 'bigint' })
  blockerId: string;

  @PrimaryColumn({ type: 'bigint' })
  blockedId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  blocker: UserEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  blocked: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
