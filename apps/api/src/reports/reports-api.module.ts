import { Module } from '@nestjs/common';
import { ReportsModule } from '@kindling/reports';
import { ContentLoadersModule } from '../content/content-loaders.module';
import { UsersApiModule } from '../users/users-api.module';
import { CommunityReportsResolver } from './community-reports.resolver';
import { ReportFieldsResolver } from './report-fields.resolver';
import { ReportsResolver } from './reports.resolver';

@Module({
  imports: [ReportsModule, ContentLoadersModule, UsersApiModule],
  providers: [ReportsResolver, ReportFieldsResolver, CommunityReportsResolver],
})
export class ReportsApiModule {}
