import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessTokenService, PasswordHasher } from '@kindling/auth';
import { UserEntity, UsersService } from '@kindling/users';

export const DEFAULT_PASSWORD = 'correct horse battery';

export interface TestMember {
  user: UserEntity;
  token: string;
}

let sequence = 0;
// Module state resets per test file (jest isolates modules), so the random part carries the uniqueness.
const unique = () => `${(sequence++).toString(36)}${randomUUID().replaceAll('-', '').slice(0, 16)}`;

/** Builds rows through the real services (no GraphQL round trip, no rate limits). */
export class Factories {
  private passwordHash?: Promise<string>;

  constructor(private readonly app: INestApplicationContext) {}

  async member(overrides: Partial<{ handle: string; email: string; displayName: string; timezone: string }> = {}): Promise<TestMember> {
    const id = unique();
    this.passwordHash ??= this.app.get(PasswordHasher).hash(DEFAULT_PASSWORD);
    const passwordHash = await this.passwordHash;
    const user = await this.app.get(DataSource).transaction((em) =>
      this.app.get(UsersService).create(em, {
        handle: overrides.handle ?? `m_${id}`.slice(0, 30),
        email: overrides.email ?? `${id}@example.test`,
        displayName: overrides.displayName ?? `Member ${id}`,
        timezone: overrides.timezone ?? 'UTC',
        passwordHash,
      }),
    );
    return { user, token: await this.tokenFor(user.id) };
  }

  members(count: number): Promise<TestMember[]> {
    return Promise.all(Array.from({ length: count }, () => this.member()));
  }

  tokenFor(userId: string): Promise<string> {
    return this.app.get(AccessTokenService).sign(userId, randomUUID());
  }
}

/** A random documentation-range address, so each test has a rate-limit bucket of its own. */
export const randomIp = () => `198.51.100.${Math.floor(Math.random() * 254) + 1}`;
