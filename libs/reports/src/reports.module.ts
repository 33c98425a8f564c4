import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommentsModule } from '@kindling/comments';
import { CommunitiesModule } from '@kindling/communities';
import { PostsModule } from '@kindling/posts';
import { UsersModule } from '@kindling/users';
import { ReportAccess } from './report-access';
import { ReportEntity } from './report.entity';
import { ReportResolutionService } from './report-resolution.service';
import { ReportsService } from './reports.service';

@Module({
  imports: [TypeOrmModule.forFeature([ReportEntity]), PostsModule, CommentsModule, CommunitiesModule, UsersModule],
  providers: [ReportsService, ReportResolutionService, ReportAccess],
  exports: [ReportsService, ReportResolutionService],
})
export class ReportsModule {}
