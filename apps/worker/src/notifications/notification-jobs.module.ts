import { Module } from '@nestjs/common';
import { CommunitiesModule } from '@kindling/communities';
import { NotificationsModule } from '@kindling/notifications';
import { MembershipApprovedHandler } from './membership-approved.handler';
import { MembershipRequestedHandler } from './membership-requested.handler';

@Module({
  imports: [CommunitiesModule, NotificationsModule],
  providers: [MembershipRequestedHandler, MembershipApprovedHandler],
})
export class NotificationJobsModule {}
