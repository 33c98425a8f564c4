import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthService } from '@kindling/auth';
import { ClientIp } from '../graphql/context/viewer.decorator';
import { InputValidationException } from '../graphql/errors/input-validation.exception';
import { AuthPayload } from './auth-payload.object';
import { LoginInput } from './login.input';
import { RegisterInput } from './register.input';

const MAX_REFRESH_TOKEN_LENGTH = 256;

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => AuthPayload)
  async register(@Args('input') input: RegisterInput, @ClientIp() ip: string): Promise<AuthPayload> {
    return AuthPayload.from(await this.auth.register(input, ip));
  }

  @Mutation(() => AuthPayload)
  async login(@Args('input') input: LoginInput, @ClientIp() ip: string): Promise<AuthPayload> {
    return AuthPayload.from(await this.auth.login(input.email, input.password, ip));
  }

  @Mutation(() => AuthPayload, { description: 'Rotates the refresh token: the old one stops working.' })
  async refreshSession(@Args('refreshToken') refreshToken: string): Promise<AuthPayload> {
    return AuthPayload.from(await this.auth.refresh(checkedToken(refreshToken)));
  }

  @Mutation(() => Boolean)
  logout(@Args('refreshToken') refreshToken: string): Promise<boolean> {
    return this.auth.logout(checkedToken(refreshToken));
  }
}

function checkedToken(token: string): string {
  if (token.length === 0 || token.length > MAX_REFRESH_TOKEN_LENGTH) {
    throw new InputValidationException('refreshToken', 'refreshToken is malformed');
  }
  return token;
}
