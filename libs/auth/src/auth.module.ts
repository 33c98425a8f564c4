import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@kindling/config';
import { UsersModule } from '@kindling/users';
import { AccessTokenService } from './access-token.service';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { LoginFailureLimiter, RateLimiter } from './rate-limiter';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SessionRevocations } from './session-revocations';

@Module({
  imports: [
    TypeOrmModule.forFeature([RefreshTokenEntity]),
    // A KeyObject made once: given the secret as a string, jsonwebtoken first tries it as a public key
    // (and throws) on every call, about 55 µs of each authenticated request.
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ secret: createSecretKey(Buffer.from(config.jwtSecret)) }),
    }),
    UsersModule,
  ],
  providers: [AuthService, AccessTokenService, PasswordHasher, RateLimiter, LoginFailureLimiter, SessionRevocations],
  exports: [AuthService, AccessTokenService, PasswordHasher, RateLimiter, SessionRevocations],
})
export class AuthModule {}
