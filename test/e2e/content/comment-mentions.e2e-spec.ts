import { CommunityVisibility } from '@kindling/communities';
import { createTestApp, TestApp, TestMember, uniqueWord, waitUntil } from '@kindling/testing';
import { block, expectOk, OPS, seedCommunity, seedPost, seedThread } from './content-fixtures';

const MENTIONS = `{ notifications { nodes { type actorCount actors { handle } post { id } comment { id } } } }`;
const SEARCH = `query($q: String!) { search(query: $q) { comments { id body } } }`;

interface Mention {
  actorCount: number;
  actors: Array<{ handle: string }>;
  post: { id: string } | null;
  comment: { id: string } | null;
}

/** @handles in comments and replies notify (MENTION, grouped per comment, blocks respected); #tags are stored and searchable. */
describe('mentions and tags in comments', () => {
  let t: TestApp;
  let author: TestMember, commenter: TestMember, named: TestMember, blocker: TestMember, later: TestMember;
  let postId: string;

  const add = (who: TestMember, body: string, parentId?: string) =>
    t.gql(OPS.addComment, { input: { postId, body, ...(parentId && { parentId }) } }, { token: who.token });
  const mentionsOf = async (who: TestMember): Promise<Mention[]> =>
    expectOk(await t.gql(MENTIONS, {}, { token: who.token })).notifications.nodes.filter((n: { type: string }) => n.type === 'MENTION');
  const handled = (commentId: string) =>
    waitUntil(`mentions of comment ${commentId} handled`, async () => {
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM comment_mention WHERE comment_id = $1 AND notified_at IS NULL`, [
        commentId,
      ]);
      const [{ queued }] = await t.db.query(`SELECT count(*)::int AS queued FROM job_outbox`);
      return n === 0 && queued === 0;
    });

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    [author, commenter, named, blocker, later] = await t.factories.members(5);
    postId = (await seedPost(t, author, (await seedThread(t, author)).id, 'Talk to me')).id;
    await block(t, blocker, commenter);
  });
  afterAll(() => t.close());

  it('notifies each member a comment names, once per comment, but not across a block', async () => {
    const comment = expectOk(
      await add(commenter, `Ask @${named.user.handle} and @${blocker.user.handle}, and @${named.user.handle} again`),
    ).addComment;
    const mentions = await waitUntil('the MENTION', async () => {
      const found = await mentionsOf(named);
      return found.length === 1 && found;
    });
    expect(mentions).toEqual([
      { type: 'MENTION', actorCount: 1, actors: [{ handle: commenter.user.handle }], post: { id: postId }, comment: { id: comment.id } },
    ]);
    await handled(comment.id);
    expect(await mentionsOf(blocker)).toEqual([]);
  });

  it('notifies for a reply too, in a group of its own', async () => {
    const parent = expectOk(await add(author, 'Top-level')).addComment;
    const reply = expectOk(await add(later, `Agree with @${named.user.handle}`, parent.id)).addComment;
    await waitUntil('the reply MENTION', async () =>
      (await mentionsOf(named)).some((m) => m.comment?.id === reply.id && m.actors[0].handle === later.user.handle),
    );
    expect(await mentionsOf(named)).toHaveLength(2);
  });

  it('re-resolves mentions on edit: the newly named are told, the already told are not told twice', async () => {
    const comment = expectOk(await add(commenter, `Hello @${named.user.handle}`)).addComment;
    await waitUntil('first MENTION', async () => (await mentionsOf(named)).some((m) => m.comment?.id === comment.id));
    await t.gql(`mutation { markAllNotificationsRead }`, {}, { token: named.token });
    const before = (await t.db.query(`SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1`, [named.user.id]))[0].n;

    expectOk(
      await t.gql(
        OPS.editComment,
        { id: comment.id, body: `Hello @${named.user.handle} and @${later.user.handle}` },
        { token: commenter.token },
      ),
    );
    await waitUntil('the newly named told', async () => (await mentionsOf(later)).some((m) => m.comment?.id === comment.id));
    await handled(comment.id);
    const after = (await t.db.query(`SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1`, [named.user.id]))[0].n;
    expect(after).toBe(before);

    expectOk(await t.gql(OPS.editComment, { id: comment.id, body: 'No one named now' }, { token: commenter.token }));
    expect(await t.db.query(`SELECT user_id FROM comment_mention WHERE comment_id = $1`, [comment.id])).toEqual([]);
  });

  it('stores #tags and finds the comment by its tag, first when the tag matches exactly; never on a post the viewer cannot see', async () => {
    const tag = uniqueWord('tag');
    const tagged = expectOk(await add(commenter, `Learning #${tag.toUpperCase()} today`)).addComment;
    const mentioned = expectOk(await add(author, `Is ${tag} worth it? ${tag} ${tag}`)).addComment;
    const [{ tags }] = await t.db.query(`SELECT tags FROM comment WHERE id = $1`, [tagged.id]);
    expect(tags).toEqual([tag]);
    const found = expectOk(await t.gql(SEARCH, { q: `#${tag}` }, { token: later.token })).search.comments.map((c: { id: string }) => c.id);
    expect(found).toEqual([tagged.id, mentioned.id]);

    const club = await seedCommunity(t, { owner: author, visibility: CommunityVisibility.PRIVATE });
    const hiddenPost = await seedPost(t, author, (await seedThread(t, author, { communityId: club.id })).id, 'Members only');
    const hidden = expectOk(
      await t.gql(OPS.addComment, { input: { postId: hiddenPost.id, body: `#${tag} inside` } }, { token: author.token }),
    ).addComment;
    const outside = expectOk(await t.gql(SEARCH, { q: tag }, { token: later.token })).search.comments.map((c: { id: string }) => c.id);
    expect(outside).not.toContain(hidden.id);
    const inside = expectOk(await t.gql(SEARCH, { q: tag }, { token: author.token })).search.comments.map((c: { id: string }) => c.id);
    expect(inside).toContain(hidden.id);
  });
});
