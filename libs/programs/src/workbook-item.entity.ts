import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProgramEntity } from './program.entity';

/** One exercise of a program's plan; the plan's workbook is its items by (week, position). */
@Entity('program_workbook_item')
@Index('ix_program_workbook_item_program', ['programId', 'week', 'position'])
export class WorkbookItemEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE', nullable: false })
  program: ProgramEntity;

  @Column({ type: 'bigint' })
  programId: string;

  @Column({ type: 'integer' })
  week: number;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 5000 })
  instructions: string;
}
