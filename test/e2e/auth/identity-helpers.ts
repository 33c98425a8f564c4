import { randomBytes } from 'node:crypto';
import { GraphQLResponse, randomIp, TestApp } from '@kindling/testing';

/** Operations and helpers shared by the identity e2e specs (auth and users). */

export const AUTH_FIELDS = `accessToken refreshToken expiresIn
  user { id handle displayName headline bio skills interests timezone createdAt email followerCount followingCount }`;

export const REGISTER = `mutation Register($input: RegisterInput!) { register(input: $input) { ${AUTH_FIELDS} } }`;
export const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { ${AUTH_FIELDS} } }`;
export const REFRESH = `mutation Refresh($token: String!) { refreshSession(refreshToken: $token) { ${AUTH_FIELDS} } }`;
export const LOGOUT = `mutation Logout($token: String!) { logout(refreshToken: $token) }`;

export interface AuthPayloadData {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: { id: string; handle: string; email: string | null; timezone: string; [field: string]: unknown };
}

/** A short unique tag (lower-case letters and digits) so handles and e-mails never collide across tests and files. */
export const tag = () => randomBytes(5).toString('hex');

export interface RegistrationInput {
  email: string;
  password: string;
  handle: string;
  displayName: string;
  timezone?: string | null;
}

/** A valid registration; every case of a table overrides one field. */
export function validRegistration(overrides: Partial<RegistrationInput> = {}): RegistrationInput {
  const id = tag();
  return { email: `r${id}@example.test`, password: 'long enough pw', handle: `r_${id}`, displayName: `Member ${id}`, ...overrides };
}

export function register(t: TestApp, input: RegistrationInput) {
  return t.gql<{ register: AuthPayloadData }>(REGISTER, { input }, { ip: randomIp() });
}

export function login(t: TestApp, email: string, password: string, ip = randomIp()) {
  return t.gql<{ login: AuthPayloadData }>(LOGIN, { input: { email, password } }, { ip });
}

export function refresh(t: TestApp, token: string) {
  return t.gql<{ refreshSession: AuthPayloadData }>(REFRESH, { token });
}

/** The one error of a failed response (fails the test when there is not exactly one). */
export function onlyError(res: GraphQLResponse) {
  expect(res.errors).toHaveLength(1);
  return res.errors![0];
}

/** Asserts success and returns the data. */
export function ok<T>(res: GraphQLResponse<T>): T {
  expect(res.errors).toBeUndefined();
  return res.data!;
}

/** Rows of user_account holding this e-mail or this handle (compared lower-cased, as they are stored). */
export async function accountsMatching(t: TestApp, email: string, handle: string): Promise<number> {
  const rows: Array<{ n: string }> = await t.db.query(
    'SELECT count(*) AS n FROM user_account WHERE email = lower(trim($1)) OR handle = lower(trim($2))',
    [email, handle],
  );
  return Number(rows[0].n);
}
