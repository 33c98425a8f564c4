import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobWorkerHost } from './job-worker-host.service';
import { OutboxRelay } from './outbox/outbox-relay.service';

/** Consumer side, for the worker process only: runs the handlers found among its providers and relays the outbox. */
@Module({ imports: [DiscoveryModule], providers: [JobWorkerHost, OutboxRelay] })
export class JobWorkerModule {}
