import { BrowserStack, expectAccessible, Person, screenshot, startBrowserStack, unexpectedProblems } from './browser-harness';
import { newAccount, signIn, signUp } from './people';

describe('sign up, sign in, sign out in Chromium', () => {
  let stack: BrowserStack;
  let ana: Person;
  beforeAll(async () => {
    stack = await startBrowserStack();
    ana = await stack.person('Ana');
  });
  afterAll(() => stack?.close());

  it('signs up, keeps the session across a reload through the cookie alone, signs out and back in', async () => {
    const { page } = ana;
    const account = newAccount('Ana');
    await page.goto('/signup');
    await expectAccessible(page, 'sign up');
    await signUp(ana, account);
    await screenshot(page, 'home-after-sign-up');

    // Nothing in localStorage, no token anywhere a script could read; the refresh token is HttpOnly, scoped to /auth.
    const [cookie] = await ana.context.cookies();
    expect(cookie).toMatchObject({ name: 'kindling_refresh', httpOnly: true, sameSite: 'Strict', path: '/auth' });
    const readable = await page.evaluate(() => ({
      local: localStorage.length,
      stored: JSON.stringify([localStorage, sessionStorage].flatMap((storage) => Object.entries(storage))),
      cookie: document.cookie,
    }));
    expect(readable).toMatchObject({ local: 0, cookie: '' });
    expect(readable.stored).not.toMatch(/eyJ[\w-]+\.[\w-]+\./); // no JWT
    expect(readable.stored).not.toContain(cookie.value);

    await page.reload();
    await page.getByRole('link', { name: account.displayName }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await ana.context.cookies()).toEqual([]);
    await page.reload();
    await page.getByRole('link', { name: 'Sign up' }).waitFor(); // still signed out after a reload
    await expectAccessible(page, 'sign in');

    await signIn(ana, account);
    await page.getByRole('link', { name: account.displayName }).waitFor();
    expect(unexpectedProblems(ana)).toEqual([]);
  });

  it('a cross-site form post to /auth/logout carries no cookie (SameSite=Strict), is refused (CSRF), and the session survives', async () => {
    const attacker = await ana.context.newPage(); // about:blank, another site than the app
    await attacker.setContent(
      `<form method="post" action="${stack.t.url}/auth/logout" enctype="text/plain"><input name='{"x":"' value='"}'><button>Claim your prize</button></form>`,
    );
    const [request] = await Promise.all([
      attacker.waitForRequest('**/auth/logout'),
      attacker.getByRole('button', { name: 'Claim your prize' }).click(),
    ]);
    expect((await request.allHeaders()).cookie).toBeUndefined();
    expect((await request.response())?.status()).toBe(403);
    await attacker.close();

    await ana.page.reload();
    await ana.page.getByRole('button', { name: 'Sign out' }).waitFor(); // still signed in
  });

  it('shows the API’s field errors next to their field', async () => {
    const { page } = ana;
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.goto('/signup');
    const account = newAccount('Bo');
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Handle').fill('no spaces allowed');
    await page.getByLabel('Display name').fill(account.displayName);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Sign up' }).click();
    const handle = page.getByLabel('Handle');
    await page.waitForFunction(() => document.querySelector('input[aria-invalid="true"]') !== null);
    expect(await handle.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await handle.getAttribute('aria-describedby')) ?? '';
    const description = await page.evaluate(
      (ids) =>
        ids
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      describedBy,
    );
    expect(description).toMatch(/handle must be 3 to 30/);
    await screenshot(page, 'sign-up-field-error');
    await expectAccessible(page, 'sign up with an error');
  });
});
