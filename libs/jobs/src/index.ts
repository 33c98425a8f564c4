export * from './job-definitions';
export * from './job-handler.decorator';
export * from './job-queue.service';
export * from './job-worker-host.service';
export * from './job-worker.module';
export * from './jobs.module';
export * from './outbox/job-outbox.entity';
export * from './outbox/outbox-relay.service';
