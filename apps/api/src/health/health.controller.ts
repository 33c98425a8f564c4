import { Controller, Get, UseGuards } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { JobsHealthIndicator } from './jobs.health';
import { OperatorTokenGuard } from './operator-token.guard';
import { RedisHealthIndicator } from './redis.health';

/**
 * Liveness says the process answers; readiness that Postgres and Redis do too
 * (for routing traffic to this API instance). `jobs` says whether background
 * work progresses (worker heartbeat, queue lag): for alerting, kept out of
 * readiness so a stalled worker never takes the API out of rotation. Live and
 * ready stay open (probes); jobs answers only an operator (HEALTH_TOKEN).
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly jobs: JobsHealthIndicator,
  ) {}

  @Get('live')
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([() => this.db.pingCheck('postgres', { timeout: 1_000 }), () => this.redis.check()]);
  }

  @Get('jobs')
  @UseGuards(OperatorTokenGuard)
  @HealthCheck()
  jobsHealth() {
    return this.health.check([() => this.jobs.check()]);
  }
}
