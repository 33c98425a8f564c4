import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '@kindling/auth';
import { AppConfig, ConfigModule } from '@kindling/config';
import { DatabaseModule } from '@kindling/database';
import { dataSourceOptions } from '@kindling/database/data-source';
import { JobsModule } from '@kindling/jobs';
import { RealtimeModule } from '@kindling/realtime';
import { RedisModule } from '@kindling/redis';
import { CommunitiesModule } from '@kindling/communities';
import { JobBoardModule } from '@kindling/job-board';
import { MentorshipModule } from '@kindling/mentorship';
import { PostsModule } from '@kindling/posts';
import { RoadmapsModule } from '@kindling/roadmaps';
import { ProgramsModule } from '@kindling/programs';
import { SocialGraphModule } from '@kindling/social-graph';
import { ThreadsModule } from '@kindling/threads';
import { UsersModule } from '@kindling/users';

/** The feature services the demo data is written through; a step's feature module is imported here. */
@Module({})
export class SeedModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: SeedModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(dataSourceOptions),
        RedisModule,
        RealtimeModule,
        JobsModule,
        UsersModule,
        AuthModule,
        SocialGraphModule,
        CommunitiesModule,
        ThreadsModule,
        PostsModule,
        MentorshipModule,
        ProgramsModule,
        RoadmapsModule,
        JobBoardModule,
      ],
    };
  }
}
