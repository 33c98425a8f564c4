import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { JobsHealthIndicator } from './jobs.health';
import { RedisHealthIndicator } from './redis.health';

@Module({ imports: [TerminusModule], controllers: [HealthController], providers: [RedisHealthIndicator, JobsHealthIndicator] })
export class HealthModule {}
