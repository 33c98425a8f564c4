import { Global, Module } from '@nestjs/common';
import { AuthModule } from '@kindling/auth';
import { LiveStream } from './live-stream';
import { SubscriptionServer } from './subscription-server';

@Global()
@Module({ imports: [AuthModule], providers: [SubscriptionServer, LiveStream], exports: [LiveStream] })
export class RealtimeApiModule {}
