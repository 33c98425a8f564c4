import { PostKind, PostsService } from '@kindling/posts';
import { ThreadsService } from '@kindling/threads';
import { memberId, SeedStep } from '../seed-step';

const THREADS = [
  {
    author: 'ana_ribeiro',
    community: 'rustaceans',
    title: 'Ship a CLI in Rust',
    goal: 'A small, tested command-line tool published on crates.io by March.',
    subscribers: ['marcus_chen', 'priya_nair'],
    posts: [
      [PostKind.UPDATE, 'Day 1: read the first chapters of the book and set up #rust with rust-analyzer. @marcus_chen any tips?'],
      [PostKind.BLOCKER, 'The borrow checker and I disagree about iterators over a Vec I mutate. #rust'],
      [PostKind.MILESTONE, 'Argument parsing with clap works end to end. First green CI run! #rust #cli'],
    ],
  },
  {
    author: 'amara_okafor',
    community: 'career-switchers',
    title: 'From nursing to backend development',
    goal: 'A first junior backend role within a year.',
    subscribers: ['priya_nair'],
    posts: [[PostKind.REFLECTION, 'Three months in: SQL finally clicks when I think of it as asking questions of a ward roster. #career']],
  },
  {
    author: 'priya_nair',
    community: null,
    title: 'Public speaking, one meetup at a time',
    goal: 'Give a 20-minute talk at a local meetup.',
    subscribers: [],
    posts: [[PostKind.QUESTION, 'How do you rehearse without sounding scripted? #speaking']],
  },
] as const;

/** Growth threads with subscribers and posts (tags and mentions resolve as for any post). */
export const threadsStep: SeedStep = {
  name: 'threads',
  async run(context) {
    const threads = context.app.get(ThreadsService);
    const posts = context.app.get(PostsService);
    let postCount = 0;
    for (const spec of THREADS) {
      const authorId = memberId(context, spec.author);
      const communityId = spec.community ? (context.communities.get(spec.community) ?? null) : null;
      const thread = await threads.create(authorId, { title: spec.title, goal: spec.goal, communityId });
      for (const handle of spec.subscribers) await threads.subscribe(memberId(context, handle), thread.id);
      for (const [kind, body] of spec.posts) {
        await posts.create(authorId, { threadId: thread.id, body, kind });
        postCount += 1;
      }
    }
    return `${THREADS.length} threads, ${postCount} posts`;
  },
};
