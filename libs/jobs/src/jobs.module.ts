import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobQueue } from './job-queue.service';
import { JobWorkerHost } from './job-worker-host.service';

/** Producer side, for every process that enqueues. */
@Global()
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobsModule {}

/** Consumer side, for the worker process only. */
@Module({ imports: [DiscoveryModule], providers: [JobWorkerHost] })
export class JobWorkerModule {}
