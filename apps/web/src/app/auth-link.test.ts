import { ApolloLink, gql } from '@apollo/client';
import { execute } from '@apollo/client/link';
import { ApolloClient, InMemoryCache } from '@apollo/client';
import { firstValueFrom, Observable } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { createAuthLink } from './auth-link';

const Query = gql`
  query Me {
    me {
      id
    }
  }
`;

const expired = {
  errors: [{ message: 'Access token expired', extensions: { code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' } }],
  data: null,
};
const ok = { data: { me: { __typename: 'User', id: '1' } } };

/** A stand-in for the HTTP link: answers each request from `answers` and records its authorization header. */
function server(answers: object[]) {
  const seen: (string | undefined)[] = [];
  const link = new ApolloLink((operation) => {
    const headers = operation.getContext()['headers'] as Record<string, string> | undefined;
    seen.push(headers?.['authorization']);
    const answer = answers[Math.min(seen.length - 1, answers.length - 1)]!;
    return new Observable((observer) => {
      observer.next(answer);
      observer.complete();
    });
  });
  return { link, seen };
}

function run(link: ApolloLink) {
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  return firstValueFrom(execute(link, { query: Query }, { client }));
}

describe('createAuthLink', () => {
  it('sends the in-memory access token as a Bearer header', async () => {
    const api = server([ok]);
    await run(ApolloLink.from([createAuthLink({ getToken: () => 'tok-1', refresh: vi.fn() }), api.link]));
    expect(api.seen).toEqual(['Bearer tok-1']);
  });

  it('on TOKEN_EXPIRED refreshes once and retries with the new token', async () => {
    let token = 'old';
    const refresh = vi.fn(async () => {
      token = 'new';
      return true;
    });
    const api = server([expired, ok]);
    const result = await run(ApolloLink.from([createAuthLink({ getToken: () => token, refresh }), api.link]));
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(api.seen).toEqual(['Bearer old', 'Bearer new']);
    expect(result.data).toEqual(ok.data);
  });

  it('does not loop: a second expiry after the retry reaches the caller', async () => {
    const refresh = vi.fn(async () => true);
    const api = server([expired, expired, ok]);
    const result = await run(ApolloLink.from([createAuthLink({ getToken: () => 't', refresh }), api.link])).catch(
      (error: unknown) => error,
    );
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(api.seen).toHaveLength(2);
    expect(JSON.stringify(result)).toContain('TOKEN_EXPIRED');
  });

  it('passes the error on when the refresh fails (session over)', async () => {
    const refresh = vi.fn(async () => false);
    const api = server([expired, ok]);
    const result = await run(ApolloLink.from([createAuthLink({ getToken: () => 't', refresh }), api.link])).catch(
      (error: unknown) => error,
    );
    expect(api.seen).toHaveLength(1);
    expect(JSON.stringify(result)).toContain('TOKEN_EXPIRED');
  });

  it('leaves other UNAUTHENTICATED errors alone (no refresh for a missing or forged token)', async () => {
    const refresh = vi.fn(async () => true);
    const api = server([{ errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }], data: null }]);
    await run(ApolloLink.from([createAuthLink({ getToken: () => null, refresh }), api.link])).catch(() => null);
    expect(refresh).not.toHaveBeenCalled();
    expect(api.seen).toEqual([undefined]);
  });
});
