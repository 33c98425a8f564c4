import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Jobs written in the same transaction as the change they follow from. The
 * process that committed enqueues them at once and deletes the rows; a row
 * left behind (Redis was away, the process died after commit) is enqueued by
 * the worker's OutboxRelay. Empty in steady state.
 */
@Entity('job_outbox')
export class JobOutboxEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'jsonb' })
  payload: object;

  /** The BullMQ job id (deterministic), so a relayed job and one enqueued directly are one job. */
  @Column({ type: 'text', nullable: true })
  jobId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
