import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '@kindling/users';
import { AccessTokenService } from './access-token.service';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { RateLimiter } from './rate-limiter';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SessionRevocations } from './session-revocations';

@Module({
  imports: [TypeOrmModule.forFeature([RefreshTokenEntity]), JwtModule.register({}), UsersModule],
  providers: [AuthService, AccessTokenService, PasswordHasher, RateLimiter, SessionRevocations],
  exports: [AuthService, AccessTokenService, PasswordHasher, RateLimiter, SessionRevocations],
})
export class AuthModule {}
