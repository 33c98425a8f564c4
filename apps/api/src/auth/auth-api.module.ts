import { Module } from '@nestjs/common';
import { AuthModule } from '@kindling/auth';
import { AuthResolver } from './auth.resolver';

@Module({ imports: [AuthModule], providers: [AuthResolver] })
export class AuthApiModule {}
