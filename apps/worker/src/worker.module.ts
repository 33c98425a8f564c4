import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, ConfigModule } from '@kindling/config';
import { DatabaseModule } from '@kindling/database';
import { dataSourceOptions } from '@kindling/database/data-source';
import { JobsModule, JobWorkerModule } from '@kindling/jobs';
import { RealtimeModule } from '@kindling/realtime';
import { RedisModule } from '@kindling/redis';
import { FeedJobsModule } from './feed/feed-jobs.module';
import { JobBoardJobsModule } from './job-board/job-board-jobs.module';
import { MaintenanceModule } from './maintenance/maintenance.module';
import { MentorshipJobsModule } from './mentorship/mentorship-jobs.module';
import { NotificationJobsModule } from './notifications/notification-jobs.module';
import { ProgramJobsModule } from './programs/program-jobs.module';
import { RoadmapJobsModule } from './roadmaps/roadmap-jobs.module';

export interface WorkerModuleOptions {
  config?: AppConfig;
}

/** BullMQ processors only: no HTTP. Each feature's handlers sit in a module of their own. */
@Module({})
export class WorkerModule {
  static register(options: WorkerModuleOptions = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(options.config),
        LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: (config: AppConfig) => ({ pinoHttp: { level: config.logLevel } }) }),
        DatabaseModule.forRoot(dataSourceOptions),
        RedisModule,
        RealtimeModule,
        JobsModule,
        JobWorkerModule,
        MaintenanceModule,
        NotificationJobsModule,
        JobBoardJobsModule,
        FeedJobsModule,
        RoadmapJobsModule,
        MentorshipJobsModule,
        ProgramJobsModule,
      ],
    };
  }
}
