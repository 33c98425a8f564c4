import { randomBytes } from 'node:crypto';
import { Person } from './browser-harness';

export interface Account {
  email: string;
  password: string;
  handle: string;
  displayName: string;
}

export function newAccount(first: string): Account {
  const id = randomBytes(4).toString('hex');
  return {
    email: `${first.toLowerCase()}.${id}@example.test`,
    password: 'a long browser password',
    handle: `${first.toLowerCase()}_${id}`,
    displayName: `${first} ${id}`,
  };
}

/** Signs up through the form, as a person would, and waits for Home. */
export async function signUp(person: Person, account: Account): Promise<void> {
  const { page } = person;
  await page.goto('/signup');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Handle').fill(account.handle);
  await page.getByLabel('Display name').fill(account.displayName);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await page.getByRole('link', { name: account.displayName }).waitFor();
}

export async function signIn(person: Person, account: Pick<Account, 'email' | 'password'>): Promise<void> {
  const { page } = person;
  await page.goto('/login');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
