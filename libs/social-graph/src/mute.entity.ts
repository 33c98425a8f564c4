import { CreateDateColumn, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@kindling/users';

/** A mute only hides the muted member from the muter; nothing changes for the muted member. */
@Entity('user_mute')
export class MuteEntity {
  @PrimaryColumn({ type: 'bigint' })
  muterId: string;

  @PrimaryColumn({ type: 'bigint' })
  mutedId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  muter: UserEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  muted: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
