import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobWorkerHost } from './job-worker-host.service';

/** Consumer side, for the worker process only: runs the handlers found among its providers. */
@Module({ imports: [DiscoveryModule], providers: [JobWorkerHost] })
export class JobWorkerModule {}
