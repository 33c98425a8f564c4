import { Body, Controller, HttpCode, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthErrorCode, AuthException, AuthService, Session } from '@kindling/auth';
import { AppConfig } from '@kindling/config';
import { LoginInput } from '../auth/login.input';
import { RegisterInput } from '../auth/register.input';
import { CsrfGuard } from './csrf.guard';
import { RestErrorFilter } from './rest-error.filter';
import { clearSessionCookie, sessionCookie, setSessionCookie } from './session-cookie';

/** Tabs share the cookie: a token rotated this recently returns the same successor instead of reading as reuse. */
export const TAB_REFRESH_GRACE_MS = 10_000;

interface SessionBody {
  accessToken: string;
  expiresIn: number;
  user: { id: string; handle: string };
}

/**
 * The browser's session (docs/WEB-SESSION.md): the same AuthService as the
 * GraphQL mutations, but the refresh token travels only in an HttpOnly,
 * SameSite=Strict cookie scoped to /auth, and only the access token reaches JavaScript.
 */
@Controller('auth')
@UseGuards(CsrfGuard)
@UseFilters(RestErrorFilter)
export class WebSessionController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  @Post('register')
  @HttpCode(200)
  async register(@Body() input: RegisterInput, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.open(reply, await this.auth.register(input, request.ip));
  }

  @Post('login')
  @HttpCode(200)
  async login(@Body() input: LoginInput, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.open(reply, await this.auth.login(input.email, input.password, request.ip));
  }

  @Post('refresh')
  @HttpCode(200)
  async refresh(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const token = sessionCookie(request);
    try {
      if (!token) throw new AuthException(AuthErrorCode.INVALID_REFRESH_TOKEN, 'No session to continue: sign in');
      return this.open(reply, await this.auth.refresh(token, { reuseGraceMs: TAB_REFRESH_GRACE_MS }));
    } catch (error) {
      // A dead or reused token: the browser forgets it, so the app shows the member signed out.
      if (error instanceof AuthException) clearSessionCookie(reply, this.config);
      throw error;
    }
  }

  @Post('logout')
  @HttpCode(200)
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const token = sessionCookie(request);
    if (token) await this.auth.logout(token);
    clearSessionCookie(reply, this.config);
    void reply.header('cache-control', 'no-store');
    return { ok: true };
  }

  private open(reply: FastifyReply, session: Session): SessionBody {
    setSessionCookie(reply, this.config, session.refreshToken);
    void reply.header('cache-control', 'no-store');
    return { accessToken: session.accessToken, expiresIn: session.expiresIn, user: { id: session.user.id, handle: session.user.handle } };
  }
}
