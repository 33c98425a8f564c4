import { Module } from '@nestjs/common';
import { AuthModule } from '@kindling/auth';
import { MaintenanceSchedule } from './maintenance-schedule.service';
import { PruneSessionsHandler } from './prune-sessions.handler';

@Module({ imports: [AuthModule], providers: [PruneSessionsHandler, MaintenanceSchedule] })
export class MaintenanceModule {}
