import { Injectable } from '@nestjs/common';
import { AppConfig } from '@kindling/config';
import * as argon2 from 'argon2';

/** argon2id; tests use the minimum cost the algorithm allows, production the OWASP profile. */
@Injectable()
export class PasswordHasher {
  private readonly options: argon2.HashOptions & { raw?: false };

  constructor(config: AppConfig) {
    this.options = config.isTest
      ? { type: argon2.argon2id, memoryCost: 1024, timeCost: 2, parallelism: 1 }
      : { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, this.options);
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }
}
