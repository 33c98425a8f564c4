import { CommunityVisibility } from '@kindling/communities';
import { EnrollmentQueries, EnrollmentsService } from '@kindling/roadmaps';
import { createTestApp, TestApp, TestMember } from '@kindling/testing';
import { ThreadsService } from '@kindling/threads';
import { seedCommunity, seedRoadmap } from '../roadmaps/roadmap-fixtures';

/**
 * The workers walk recipients in member-id order, one keyset page per job.
 * Ids that straddle a digit boundary sort differently as text, so a walk that
 * orders by a text column skips members; these ids make that visible. They
 * are far from the "missing" ids other specs use (999999999999), since all
 * spec files share one database.
 */
const STRADDLING_IDS = ['99999999999998', '99999999999999', '100000000000000', '100000000000001', '100000000000002'];

async function walk(page: (after: string | null) => Promise<string[]>): Promise<string[][]> {
  const pages: string[][] = [];
  let after: string | null = null;
  for (;;) {
    const ids = await page(after);
    if (ids.length === 0) return pages;
    pages.push(ids);
    after = ids.at(-1)!;
  }
}

describe('keyset walks over member ids', () => {
  let t: TestApp;
  let owner: TestMember;
  beforeAll(async () => {
    t = await createTestApp();
    [owner] = await t.factories.members(1);
    await t.db.query(
      `INSERT INTO user_account (id, handle, email, password_hash, display_name) OVERRIDING SYSTEM VALUE
       SELECT id, 'walk' || id, 'walk' || id || '@example.test', 'x', 'Walker' FROM unnest($1::bigint[]) AS id`,
      [STRADDLING_IDS],
    );
  });
  afterAll(() => t.close());

  it('pages through thread subscribers in numeric order without skipping any', async () => {
    const threads = t.app.get(ThreadsService);
    const thread = await threads.create(owner.user.id, { title: 'Walked' });
    for (const id of STRADDLING_IDS) await threads.subscribe(id, thread.id);
    const pages = await walk((after) => threads.subscriberIds(thread.id, after, 2));
    const walked = pages.flat().filter((id) => id !== owner.user.id);
    expect(walked).toEqual(STRADDLING_IDS);
  });

  it('pages through members behind a roadmap version in numeric order without skipping any', async () => {
    const community = await seedCommunity(t, { owner, visibility: CommunityVisibility.PUBLIC });
    const roadmap = await seedRoadmap(t, owner, community.id, [['Only step']]);
    for (const id of STRADDLING_IDS) await t.app.get(EnrollmentsService).enroll(id, roadmap.id, false);
    const queries = t.app.get(EnrollmentQueries);
    const pages = await walk((after) => queries.memberIdsBehind(roadmap.id, 2, after, 2));
    expect(pages.flat()).toEqual(STRADDLING_IDS);
  });
});
