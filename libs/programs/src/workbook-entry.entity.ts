import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { WorkbookItemEntity } from './workbook-item.entity';

/** The mentee's response to one workbook item in their program room; one per room and item. */
@Entity('program_workbook_entry')
@Index('uq_program_workbook_entry', ['roomId', 'itemId'], { unique: true })
export class WorkbookEntryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  /** The program's room (owned by the mentorship feature; no foreign key across features). */
  @Column({ type: 'bigint' })
  roomId: string;

  @ManyToOne(() => WorkbookItemEntity, { onDelete: 'CASCADE', nullable: false })
  item: WorkbookItemEntity;

  @Column({ type: 'bigint' })
  itemId: string;

  @Column({ type: 'varchar', length: 10_000, nullable: true })
  response: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
