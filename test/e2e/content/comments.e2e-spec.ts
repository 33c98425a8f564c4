import { CommunityVisibility } from '@kindling/communities';
import { createTestApp, TestApp, TestMember } from '@kindling/testing';
import { block, expectNothingWritten, expectOk, OPS, outcome, refusal, seedCommunity, seedPost, seedThread } from './content-fixtures';

const TREE = `query($id: ID!, $first: Int, $after: String) {
  post(id: $id) {
    commentCount
    comments(first: $first, after: $after) {
      nodes { id body author { handle } replyCount deletedAt replies { nodes { id body author { handle } parent { id } } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

describe('comments', () => {
  let t: TestApp;
  let author: TestMember, reader: TestMember, other: TestMember, moderator: TestMember, outsider: TestMember;
  let club: { id: string; slug: string };
  let hidden: { id: string };
  let threadId: string;

  const add = (who: TestMember, postId: string, body: string, parentId?: string) =>
    t.gql(OPS.addComment, { input: { postId, body, ...(parentId && { parentId }) } }, { token: who.token });
  const freshPost = async (communityId: string | null = null) =>
    seedPost(t, author, (await seedThread(t, author, { communityId })).id, 'Comment here');
  const counts = async (postId: string) =>
    (
      await t.db.query(
        `SELECT p.comment_count AS "commentCount",
                (SELECT count(*)::int FROM comment c WHERE c.post_id = p.id AND c.deleted_at IS NULL) AS "liveRows"
           FROM post p WHERE p.id = $1`,
        [postId],
      )
    )[0];

  beforeAll(async () => {
    t = await createTestApp();
    [author, reader, other, moderator, outsider] = await t.factories.members(5);
    club = await seedCommunity(t, {
      owner: author,
      visibility: CommunityVisibility.PUBLIC,
      moderators: [moderator],
      active: [reader, other],
    });
    hidden = await seedCommunity(t, { owner: author, visibility: CommunityVisibility.PRIVATE, active: [reader] });
    threadId = (await seedThread(t, author)).id;
  });
  afterAll(() => t.close());

  it('adds comments and replies with exact commentCount and replyCount, oldest first', async () => {
    const post = await seedPost(t, author, threadId, 'Thoughts?');
    const first = expectOk(await add(reader, post.id, 'First!')).addComment;
    expect(first).toMatchObject({
      body: 'First!',
      author: { handle: reader.user.handle },
      parent: null,
      replyCount: 0,
      editedAt: null,
      deletedAt: null,
      post: { commentCount: 1 },
    });
    const second = expectOk(await add(other, post.id, 'Second')).addComment;
    const reply = expectOk(await add(author, post.id, 'Thanks', first.id)).addComment;
    expect(reply).toMatchObject({ parent: { id: first.id }, post: { commentCount: 3 } });

    const tree = expectOk(await t.gql(TREE, { id: post.id }, { token: reader.token })).post;
    expect(tree.commentCount).toBe(3);
    expect(tree.comments.nodes.map((c: { id: string; replyCount: number }) => [c.id, c.replyCount])).toEqual([
      [first.id, 1],
      [second.id, 0],
    ]);
    expect(tree.comments.nodes[0].replies.nodes).toEqual([
      { id: reply.id, body: 'Thanks', author: { handle: author.user.handle }, parent: { id: first.id } },
    ]);

    const page1 = expectOk(await t.gql(TREE, { id: post.id, first: 1 })).post.comments;
    expect({ ids: page1.nodes.map((c: { id: string }) => c.id), more: page1.pageInfo.hasNextPage }).toEqual({
      ids: [first.id],
      more: true,
    });
    const page2 = expectOk(await t.gql(TREE, { id: post.id, first: 1, after: page1.pageInfo.endCursor })).post.comments;
    expect({ ids: page2.nodes.map((c: { id: string }) => c.id), more: page2.pageInfo.hasNextPage }).toEqual({
      ids: [second.id],
      more: false,
    });
  });

  it.each([
    ['a comment of another post', 'other'],
    ['an unknown comment', 'unknown'],
    ['a deleted comment', 'deleted'],
  ])('refuses a parentId that is %s: BAD_USER_INPUT on parentId, nothing written', async (_, kind) => {
    const post = await freshPost();
    const elsewhere = await freshPost();
    let parentId = '999999999';
    if (kind === 'other') parentId = expectOk(await add(reader, elsewhere.id, 'Elsewhere')).addComment.id;
    if (kind === 'deleted') {
      parentId = expectOk(await add(reader, post.id, 'Gone soon')).addComment.id;
      expectOk(await t.gql(OPS.deleteComment, { id: parentId }, { token: reader.token }));
    }
    const res = await expectNothingWritten(t, [author, reader], () => add(reader, post.id, 'Reply', parentId));
    expect(refusal(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'parentId' });
  });

  it.each([
    ['a post in a private community the viewer is not in', 'hidden'],
    ['a deleted post', 'deleted'],
    ['a post whose author blocked the viewer', 'blockedBy'],
    ['a post by a member the viewer blocked', 'blocking'],
  ])('reads as NOT_FOUND on %s (comments and reactions), nothing written', async (_, kind) => {
    const [viewer] = await t.factories.members(1);
    const post = await freshPost(kind === 'hidden' ? hidden.id : null);
    if (kind === 'deleted') expectOk(await t.gql(OPS.deletePost, { id: post.id }, { token: author.token }));
    if (kind === 'blockedBy') await block(t, author, viewer);
    if (kind === 'blocking') await block(t, viewer, author);
    for (const call of [
      () => add(viewer, post.id, 'Hi'),
      () => t.gql(OPS.react, { id: post.id, type: 'CHEER' }, { token: viewer.token }),
    ]) {
      const res = await expectNothingWritten(t, [author, viewer], call);
      expect(outcome(res)).toBe('NOT_FOUND');
    }
  });

  describe('editComment', () => {
    it('lets the author edit and sets editedAt', async () => {
      const post = await freshPost();
      const comment = expectOk(await add(reader, post.id, 'Tpyo')).addComment;
      const edited = expectOk(await t.gql(OPS.editComment, { id: comment.id, body: 'Typo' }, { token: reader.token })).editComment;
      expect(edited).toMatchObject({ id: comment.id, body: 'Typo', author: { handle: reader.user.handle }, deletedAt: null });
      expect(edited.editedAt).not.toBeNull();
    });

    it.each([
      ['another member', 'other', 'FORBIDDEN'],
      ['the post author', 'author', 'FORBIDDEN'],
      ['the comment author, once deleted', 'deleted', 'CONFLICT'],
      ['a member who cannot see the post', 'outsider', 'NOT_FOUND'],
    ])('refuses %s and writes nothing', async (_, kind, code) => {
      const post = await freshPost(kind === 'outsider' ? hidden.id : null);
      const comment = expectOk(await add(reader, post.id, 'Mine')).addComment;
      if (kind === 'deleted') expectOk(await t.gql(OPS.deleteComment, { id: comment.id }, { token: reader.token }));
      const who = { other, author, deleted: reader, outsider }[kind]!;
      const res = await expectNothingWritten(t, [author, reader, who], () =>
        t.gql(OPS.editComment, { id: comment.id, body: 'Changed' }, { token: who.token }),
      );
      expect(outcome(res)).toBe(code);
    });
  });

  describe('deleteComment', () => {
    it('leaves a tombstone (no author, no body) that keeps its replies; counts drop once; idempotent', async () => {
      const post = await freshPost();
      const parent = expectOk(await add(reader, post.id, 'Parent')).addComment;
      const replies = [
        expectOk(await add(other, post.id, 'Reply 1', parent.id)).addComment,
        expectOk(await add(author, post.id, 'Reply 2', parent.id)).addComment,
      ];
      expect(await counts(post.id)).toEqual({ commentCount: 3, liveRows: 3 });

      for (let i = 0; i < 2; i++) {
        const tomb = expectOk(await t.gql(OPS.deleteComment, { id: parent.id }, { token: reader.token })).deleteComment;
        expect(tomb).toMatchObject({ id: parent.id, body: null, author: null, replyCount: 2, post: { commentCount: 2 } });
        expect(tomb.deletedAt).not.toBeNull();
      }
      const tree = expectOk(await t.gql(TREE, { id: post.id }, { token: other.token })).post;
      expect(tree.commentCount).toBe(2);
      expect(tree.comments.nodes).toEqual([
        expect.objectContaining({
          id: parent.id,
          body: null,
          author: null,
          replyCount: 2,
          replies: { nodes: replies.map((r) => expect.objectContaining({ id: r.id, body: r.body })) },
        }),
      ]);
      const [row] = await t.db.query(`SELECT body, author_id::text FROM comment WHERE id = $1`, [parent.id]);
      expect(row).toEqual({ body: null, author_id: reader.user.id }); // the author is kept for moderation, not shown

      const reply = expectOk(await t.gql(OPS.deleteComment, { id: replies[0].id }, { token: other.token })).deleteComment;
      expect(reply).toMatchObject({ body: null, post: { commentCount: 1 } });
      expect(expectOk(await t.gql(TREE, { id: post.id })).post.comments.nodes[0].replyCount).toBe(1);
    });

    it('lets a moderator of the community remove a comment, logged as REMOVE_COMMENT', async () => {
      const post = await freshPost(club.id);
      const comment = expectOk(await add(other, post.id, 'Spam')).addComment;
      const removed = expectOk(await t.gql(OPS.deleteComment, { id: comment.id }, { token: moderator.token })).deleteComment;
      expect(removed).toMatchObject({ body: null, author: null });
      const [row] = await t.db.query(
        `SELECT type, moderator_id::text, target_user_id::text FROM moderation_action WHERE subject_id = $1 AND type = 'REMOVE_COMMENT'`,
        [comment.id],
      );
      expect(row).toEqual({ type: 'REMOVE_COMMENT', moderator_id: moderator.user.id, target_user_id: other.user.id });
    });

    it.each([
      ['another member', () => other],
      ['the post author (not a moderator there)', () => author],
    ])('refuses %s: FORBIDDEN, nothing written', async (_, who) => {
      const post = await freshPost();
      const comment = expectOk(await add(reader, post.id, 'Keep me')).addComment;
      const res = await expectNothingWritten(t, [author, reader, who()], () =>
        t.gql(OPS.deleteComment, { id: comment.id }, { token: who().token }),
      );
      expect(outcome(res)).toBe('FORBIDDEN');
    });
  });

  it('keeps commentCount and replyCount equal to the live rows under concurrent adds and deletes', async () => {
    const post = await freshPost();
    const people = await t.factories.members(10);
    const roots = await Promise.all(people.map((p, i) => add(p, post.id, `Root ${i}`)));
    const rootIds = roots.map((r) => expectOk(r).addComment.id as string);
    const replies = await Promise.all(people.flatMap((p) => [add(p, post.id, 'Reply', rootIds[0]), add(p, post.id, 'Reply', rootIds[1])]));
    const replyIds = replies.map((r) => expectOk(r).addComment.id as string);
    // Every member deletes their reply under root 0; members 2..6 delete their own root twice at once.
    const deletions = await Promise.all([
      ...people.map((p, i) => t.gql(OPS.deleteComment, { id: replyIds[2 * i] }, { token: p.token })),
      ...[2, 3, 4, 5, 6, 2, 3, 4, 5, 6].map((i) => t.gql(OPS.deleteComment, { id: rootIds[i] }, { token: people[i].token })),
    ]);
    for (const res of deletions) expectOk(res);
    // Under root 1, everyone replies anew while deleting their old reply, all at once.
    const churn = await Promise.all(
      people.flatMap((p, i) => [
        add(p, post.id, 'Again', rootIds[1]),
        t.gql(OPS.deleteComment, { id: replyIds[2 * i + 1] }, { token: p.token }),
      ]),
    );
    for (const res of churn) expectOk(res);
    expect(await counts(post.id)).toEqual({ commentCount: 10 + 20 - 10 - 5, liveRows: 15 });
    const replyCounts = (id: string) =>
      t.db.query(
        `SELECT c.reply_count AS count, (SELECT count(*)::int FROM comment r WHERE r.parent_id = c.id AND r.deleted_at IS NULL) AS live
           FROM comment c WHERE c.id = $1`,
        [id],
      );
    expect(await replyCounts(rootIds[0])).toEqual([{ count: 0, live: 0 }]);
    expect(await replyCounts(rootIds[1])).toEqual([{ count: 10, live: 10 }]);
  });
});
