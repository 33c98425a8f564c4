import { createTestApp, randomIp, TestApp } from '@kindling/testing';

describe('smoke', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('registers and reads me', async () => {
    const res = await t.gql(
      `mutation($input: RegisterInput!) { register(input: $input) { accessToken refreshToken expiresIn user { id handle email } } }`,
      { input: { email: 'Smoke@Example.test', password: 'password123', handle: 'Smoke_One', displayName: 'Smoke' } },
      { ip: randomIp() },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.register.user).toMatchObject({ handle: 'smoke_one', email: 'smoke@example.test' });
    const me = await t.gql(`{ me { handle email followerCount } }`, {}, { token: res.data!.register.accessToken });
    expect(me.data!.me).toEqual({ handle: 'smoke_one', email: 'smoke@example.test', followerCount: 0 });
  });
});
