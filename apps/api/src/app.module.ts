import { DynamicModule, Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { LoggerModule } from 'nestjs-pino';
import { AccessTokenService, AuthModule } from '@kindling/auth';
import { AppConfig, ConfigModule } from '@kindling/config';
import { DatabaseModule } from '@kindling/database';
import { dataSourceOptions } from '@kindling/database/data-source';
import { JobsModule } from '@kindling/jobs';
import { RealtimeModule } from '@kindling/realtime';
import { RedisModule } from '@kindling/redis';
import { AuthApiModule } from './auth/auth-api.module';
import { CommentsApiModule } from './comments/comments-api.module';
import { CommunitiesApiModule } from './communities/communities-api.module';
import { FeedApiModule } from './feed/feed-api.module';
import { ExplorerAssetsController } from './graphql/explorer/explorer-assets.controller';
import { graphqlOptions } from './graphql/graphql-options.factory';
import { InputValidationPipe } from './graphql/validation/input-validation.pipe';
import { JobBoardApiModule } from './job-board/job-board-api.module';
import { HealthModule } from './health/health.module';
import { loggerOptions } from './logging/logger-options';
import { MentorshipApiModule } from './mentorship/mentorship-api.module';
import { ProgramsApiModule } from './programs/programs-api.module';
import { NotificationsApiModule } from './notifications/notifications-api.module';
import { PostsApiModule } from './posts/posts-api.module';
import { RealtimeApiModule } from './realtime/realtime-api.module';
import { ReportsApiModule } from './reports/reports-api.module';
import { RoadmapsApiModule } from './roadmaps/roadmaps-api.module';
import { SearchApiModule } from './search/search-api.module';
import { SocialApiModule } from './social/social-api.module';
import { ThreadsApiModule } from './threads/threads-api.module';
import { UsersApiModule } from './users/users-api.module';
import { WebSessionModule } from './web-session/web-session.module';

export interface ApiModuleOptions {
  /** Tests pass their own config (database, Redis prefix) instead of reading the environment. */
  config?: AppConfig;
  /** Tests pass a query-counting logger. */
  dataSource?: typeof dataSourceOptions;
}

@Module({})
export class AppModule {
  static register(options: ApiModuleOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(options.config),
        LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: loggerOptions }),
        DatabaseModule.forRoot(options.dataSource ?? dataSourceOptions),
        RedisModule,
        RealtimeModule,
        JobsModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule],
          inject: [AppConfig, AccessTokenService],
          useFactory: graphqlOptions,
        }),
        HealthModule,
        RealtimeApiModule,
        AuthApiModule,
        WebSessionModule,
        UsersApiModule,
        SocialApiModule,
        CommunitiesApiModule,
        JobBoardApiModule,
        NotificationsApiModule,
        FeedApiModule,
        ThreadsApiModule,
        PostsApiModule,
        CommentsApiModule,
        RoadmapsApiModule,
        SearchApiModule,
        ReportsApiModule,
        MentorshipApiModule,
        ProgramsApiModule,
      ],
      controllers: [ExplorerAssetsController],
      providers: [{ provide: APP_PIPE, useClass: InputValidationPipe }],
    };
  }
}
