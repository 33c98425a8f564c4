import { DataSourceOptions, Logger } from 'typeorm';
import { replicaUrlList } from '@kindling/config';
import { RefreshTokenEntity } from '@kindling/auth';
import { CommentEntity, CommentMentionEntity } from '@kindling/comments';
import { CommunityEntity, MembershipEntity, ModerationActionEntity } from '@kindling/communities';
import { JobPostingEntity } from '@kindling/job-board';
import { JobOutboxEntity } from '@kindling/jobs';
import {
  ActionItemEntity,
  MentorProfileEntity,
  MentorshipRequestEntity,
  MentorshipRoomEntity,
  MentorshipSessionEntity,
  RoomFeedbackEntity,
  RoomGoalEntity,
  RoomMessageEntity,
} from '@kindling/mentorship';
import { NotificationActorEntity, NotificationEntity } from '@kindling/notifications';
import { PostEntity, PostMentionEntity, ReactionEntity } from '@kindling/posts';
import {
  CheckInEntity,
  ProgramApplicationEntity,
  ProgramEntity,
  ProgramMatchEntity,
  WorkbookEntryEntity,
  WorkbookItemEntity,
} from '@kindling/programs';
import { ReportEntity } from '@kindling/reports';
import {
  RoadmapEnrollmentEntity,
  RoadmapEntity,
  RoadmapStepEntity,
  RoadmapVersionEntity,
  RoadmapVersionStepEntity,
  StepProgressEntity,
} from '@kindling/roadmaps';
import { BlockEntity, FollowEntity, MuteEntity } from '@kindling/social-graph';
import { ThreadEntity, ThreadSubscriptionEntity } from '@kindling/threads';
import { UserEntity } from '@kindling/users';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * The one place that lists every entity and migration: the apps, the tests
 * and the migration CLI all build their DataSource from here. Kept out of the
 * package index so feature libraries never import it (they are imported by it).
 */
export const ENTITIES = [
  UserEntity,
  RefreshTokenEntity,
  FollowEntity,
  BlockEntity,
  MuteEntity,
  CommunityEntity,
  MembershipEntity,
  ModerationActionEntity,
  NotificationEntity,
  NotificationActorEntity,
  ThreadEntity,
  ThreadSubscriptionEntity,
  PostEntity,
  PostMentionEntity,
  ReactionEntity,
  CommentEntity,
  CommentMentionEntity,
  ReportEntity,
  JobPostingEntity,
  MentorProfileEntity,
  MentorshipRequestEntity,
  MentorshipRoomEntity,
  RoomGoalEntity,
  MentorshipSessionEntity,
  ActionItemEntity,
  RoomMessageEntity,
  RoomFeedbackEntity,
  RoadmapEntity,
  RoadmapStepEntity,
  RoadmapVersionEntity,
  RoadmapVersionStepEntity,
  RoadmapEnrollmentEntity,
  StepProgressEntity,
  JobOutboxEntity,
  ProgramEntity,
  WorkbookItemEntity,
  ProgramApplicationEntity,
  ProgramMatchEntity,
  CheckInEntity,
  WorkbookEntryEntity,
];

/**
 * With read replicas (DATABASE_REPLICA_URLS, validated at boot by the config
 * module; or `replicaUrls`), TypeORM's `replication` is on: SELECTs from
 * repositories and query builders outside a transaction go to a random replica;
 * writes, transactions, migrations and raw `dataSource.query()` go to the primary.
 * Each pool (primary and every replica) has its own `extra.max` connections.
 */
export function dataSourceOptions(
  databaseUrl: string,
  logger?: Logger,
  replicaUrls: string[] = replicaUrlList(process.env.DATABASE_REPLICA_URLS),
): DataSourceOptions {
  const connection =
    replicaUrls.length > 0
      ? { replication: { master: { url: databaseUrl }, slaves: replicaUrls.map((url) => ({ url })) } }
      : { url: databaseUrl };
  return {
    type: 'postgres',
    ...connection,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migration',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logger,
    extra: { max: 20, connectionTimeoutMillis: 5_000, statement_timeout: 15_000 },
  };
}
