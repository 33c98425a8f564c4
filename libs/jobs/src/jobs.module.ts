import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.service';

/** Producer side, for every process that enqueues. */
@Global()
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobsModule {}
