import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@kindling/users';
import { ProgramEntity } from './program.entity';

/** A participant's rating of their program room's relationship; at most one per member, room and UTC day. */
@Entity('program_check_in')
@Index('uq_program_check_in_day', ['roomId', 'authorId', 'day'], { unique: true })
@Index('ix_program_check_in_room', ['roomId', 'id'])
export class CheckInEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE', nullable: false })
  program: ProgramEntity;

  @Column({ type: 'bigint' })
  programId: string;

  /** The program's room (owned by the mentorship feature; no foreign key across features). */
  @Column({ type: 'bigint' })
  roomId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  author: UserEntity;

  @Column({ type: 'bigint' })
  authorId: string;

  @Column({ type: 'smallint' })
  rating: number;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  note: string | null;

  /** The UTC day of the check-in (YYYY-MM-DD), by the programs clock. */
  @Column({ type: 'date' })
  day: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
