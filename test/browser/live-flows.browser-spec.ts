import { randomBytes } from 'node:crypto';
import { BrowserStack, expectAccessible, Person, screenshot, startBrowserStack, unexpectedProblems } from './browser-harness';
import { newAccount, signUp } from './people';

/**
 * Two people at two browsers against the real API and worker: what one does
 * arrives at the other without a reload. The steps build on each other (Ana's
 * thread is where Bo comments), so they run in order in one describe.
 */
describe('two members, live, in Chromium', () => {
  let stack: BrowserStack;
  let ana: Person;
  let bo: Person;
  const anaAccount = newAccount('Ana');
  const boAccount = newAccount('Bo');
  const word = () => randomBytes(3).toString('hex');
  let threadPath = '';
  const postText = `Shipped the parser today ${word()}`;

  beforeAll(async () => {
    stack = await startBrowserStack();
    [ana, bo] = await Promise.all([stack.person('Ana'), stack.person('Bo')]);
    await Promise.all([signUp(ana, anaAccount), signUp(bo, boAccount)]);
  });
  afterAll(() => stack?.close());
  afterEach(async () => {
    const name = (expect.getState().currentTestName ?? 'step').replace(/\W+/g, '-').slice(0, 60);
    await Promise.all([screenshot(ana.page, `${name}-ana`), screenshot(bo.page, `${name}-bo`)]);
  });

  const articleWith = (person: Person, text: string) => person.page.getByRole('article').filter({ hasText: text });
  const bell = (person: Person, unread: number) =>
    person.page.getByRole('link', { name: unread === 0 ? 'Notifications, none unread' : `Notifications, ${unread} unread` });

  it('Ana starts a growth thread from Home', async () => {
    const { page } = ana;
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
    await expectAccessible(page, 'home (no threads yet)');
    await page.getByLabel('Title').fill('Learning Rust');
    await page.getByLabel('Goal').fill('Write a small interpreter by spring');
    await page.getByRole('button', { name: 'Create thread' }).click();
    await page.getByRole('heading', { level: 1, name: 'Learning Rust' }).waitFor();
    threadPath = new URL(page.url()).pathname;
    expect(threadPath).toMatch(/^\/threads\/\d+$/);
    await expectAccessible(page, 'thread');
  });

  it('Bo follows Ana from her profile; her bell rises live', async () => {
    await ana.page.goto('/');
    await bell(ana, 0).waitFor();
    await bo.page.goto(`/u/${anaAccount.handle}`);
    await bo.page.getByRole('heading', { level: 1, name: anaAccount.displayName }).waitFor();
    await expectAccessible(bo.page, 'profile of another member');
    await bo.page.getByRole('button', { name: 'Follow' }).click();
    await bo.page.getByRole('button', { name: 'Unfollow' }).waitFor();
    await bell(ana, 1).waitFor(); // no reload on Ana's side
  });

  it('Ana posts; it waits behind a banner on Bo’s Home and shows without a reload', async () => {
    await bo.page.goto('/');
    await bo.page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
    await ana.page.goto('/');
    await ana.page.getByLabel('Write a post').fill(postText);
    await ana.page.getByRole('button', { name: 'Post' }).click();
    await articleWith(ana, postText).waitFor();

    const banner = bo.page.getByRole('button', { name: 'Show 1 new post' });
    await banner.waitFor();
    expect(await articleWith(bo, postText).count()).toBe(0); // waits behind the banner, nothing shifts
    await banner.click();
    await articleWith(bo, postText).waitFor();
    await screenshot(bo.page, 'home-new-post-arrived');
    await screenshot(ana.page, 'home'); // docs/home.png comes from this
    await expectAccessible(bo.page, 'home with posts');
  });

  it('Bo comments and Ana replies on the thread, each seeing the other live', async () => {
    await Promise.all([ana.page.goto(threadPath), bo.page.goto(threadPath)]);
    await articleWith(bo, postText).waitFor();
    await articleWith(ana, postText).waitFor();
    const comment = `Nice, which parser crate? ${word()}`;
    await bo.page.getByLabel('Comment', { exact: true }).fill(comment);
    await bo.page.getByRole('button', { name: 'Comment', exact: true }).click();
    await ana.page.getByText(comment).waitFor(); // arrived on Ana's open page

    await ana.page.getByRole('button', { name: `Reply to ${boAccount.displayName}` }).click();
    const reply = `Hand-written, no crate ${word()}`;
    await ana.page.getByLabel(`Reply to ${boAccount.displayName}`).fill(reply);
    await ana.page.getByRole('button', { name: 'Reply', exact: true }).click();
    await bo.page
      .getByRole('list', { name: `Replies to ${boAccount.displayName}` })
      .getByText(reply)
      .waitFor();
    await screenshot(bo.page, 'thread-comment-and-reply');
    await expectAccessible(bo.page, 'thread with comments');
  });

  it('a profile edit survives a reload: the session comes back from the cookie', async () => {
    const { page } = ana;
    await page.goto(`/u/${anaAccount.handle}`);
    await page.getByRole('button', { name: 'Edit profile' }).click();
    const headline = `Parser person ${word()}`;
    await page.getByLabel('Headline').fill(headline);
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText(headline).waitFor();
    await page.reload();
    await page.getByText(headline).waitFor();
    await page.getByRole('button', { name: 'Edit profile' }).waitFor(); // still signed in as Ana
    await expectAccessible(page, 'own profile');
  });

  it('Bo asks to join Ana’s private community; Ana approves from the requests tab', async () => {
    const slug = `makers-${word()}`;
    await ana.page.goto('/communities');
    await ana.page.getByRole('button', { name: 'New community' }).click();
    await ana.page.getByLabel('Name').fill(`Makers ${slug}`);
    await ana.page.getByLabel('Slug').fill(slug);
    await ana.page.getByLabel('Description').fill('People who build things');
    await ana.page.getByLabel('Visibility').selectOption('PRIVATE');
    await ana.page.getByRole('button', { name: 'Create community' }).click();
    await ana.page.waitForURL(`**/c/${slug}`);
    await expectAccessible(ana.page, 'community (moderator)');

    await bo.page.goto(`/c/${slug}`);
    await bo.page.getByRole('button', { name: `Request to join Makers ${slug}` }).click();
    await bo.page.getByText('Request pending').waitFor();

    await ana.page.reload();
    await ana.page.getByRole('tab', { name: 'Requests' }).click();
    await ana.page.getByRole('button', { name: `Approve ${boAccount.displayName}` }).click();
    await ana.page.getByRole('button', { name: `Approve ${boAccount.displayName}` }).waitFor({ state: 'detached' });

    await bo.page.reload();
    await bo.page.getByRole('button', { name: `Leave Makers ${slug}` }).waitFor(); // a member now
    await expectAccessible(bo.page, 'community (member)');
  });

  it('the other pages pass axe too, and nothing logged an error or broke the CSP', async () => {
    for (const [path, heading] of [
      ['/explore', 'Explore'],
      ['/notifications', 'Notifications'],
      ['/communities', 'Communities'],
      ['/search?q=rust', 'Search: rust'],
      ['/tags/rust', '#rust'],
    ] as const) {
      await ana.page.goto(path);
      await ana.page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await expectAccessible(ana.page, path);
    }
    await screenshot(ana.page, 'tag-page');
    expect(unexpectedProblems(ana)).toEqual([]);
    expect(unexpectedProblems(bo)).toEqual([]);
  });
});
