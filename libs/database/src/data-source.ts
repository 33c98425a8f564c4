import { DataSourceOptions, Logger } from 'typeorm';
import { RefreshTokenEntity } from '@kindling/auth';
import { CommunityEntity, MembershipEntity, ModerationActionEntity } from '@kindling/communities';
import { NotificationActorEntity, NotificationEntity } from '@kindling/notifications';
import { BlockEntity, FollowEntity, MuteEntity } from '@kindling/social-graph';
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
];

export function dataSourceOptions(databaseUrl: string, logger?: Logger): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
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
