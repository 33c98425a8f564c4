import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunitiesModule } from '@kindling/communities';
import { Clock } from './clock';
import { JobExpiryService } from './job-expiry.service';
import { JobListingService } from './job-listing.service';
import { JobPostingEntity } from './job-posting.entity';
import { JobPostingsService } from './job-postings.service';
import { JobVisibility } from './job-visibility';

@Module({
  imports: [TypeOrmModule.forFeature([JobPostingEntity]), CommunitiesModule],
  providers: [Clock, JobVisibility, JobListingService, JobPostingsService, JobExpiryService],
  exports: [Clock, JobVisibility, JobListingService, JobPostingsService, JobExpiryService],
})
export class JobBoardModule {}
