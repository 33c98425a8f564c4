import { Module } from '@nestjs/common';
import { AuthModule } from '@kindling/auth';
import { WebSessionController } from './web-session.controller';

@Module({ imports: [AuthModule], controllers: [WebSessionController] })
export class WebSessionModule {}
