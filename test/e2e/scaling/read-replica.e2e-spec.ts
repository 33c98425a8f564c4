import type { Pool } from 'pg';
import { createTestApp, TestApp } from '@kindling/testing';
import { UserEntity } from '@kindling/users';

/** The pools of TypeORM's Postgres driver (not public API; stable across 0.3 and 1.x). */
interface ReplicatedDriver {
  isReplicated: boolean;
  master: Pool;
  slaves: Pool[];
}

/**
 * DATABASE_REPLICA_URLS turns TypeORM replication on. Here the "replica" is the
 * same database, so every query succeeds either way and the test tells the two
 * apart by which connection pool served it.
 */
describe('read replica (DATABASE_REPLICA_URLS)', () => {
  let t: TestApp;
  let driver: ReplicatedDriver;
  const previous = process.env.DATABASE_REPLICA_URLS;

  /** Runs `work` and counts the connections it took from the primary and the replica pools. */
  async function poolUse(work: () => Promise<unknown>): Promise<{ primary: number; replica: number }> {
    const primary = jest.spyOn(driver.master, 'connect');
    const replica = jest.spyOn(driver.slaves[0], 'connect');
    try {
      await work();
      return { primary: primary.mock.calls.length, replica: replica.mock.calls.length };
    } finally {
      primary.mockRestore();
      replica.mockRestore();
    }
  }

  beforeAll(async () => {
    // The data source reads the variable from the environment as the apps do (validated at boot by the config module).
    process.env.DATABASE_REPLICA_URLS = process.env.DATABASE_URL;
    t = await createTestApp({ env: { DATABASE_REPLICA_URLS: process.env.DATABASE_URL! } });
    driver = t.db.driver as unknown as ReplicatedDriver;
  });
  afterAll(async () => {
    await t?.close();
    if (previous === undefined) delete process.env.DATABASE_REPLICA_URLS;
    else process.env.DATABASE_REPLICA_URLS = previous;
  });

  it('boots with one replica pool beside the primary', () => {
    expect(t.config.databaseReplicaUrls).toEqual([process.env.DATABASE_URL]);
    expect(driver.isReplicated).toBe(true);
    expect(driver.slaves).toHaveLength(1);
  });

  it('sends query-builder and repository SELECTs outside a transaction to the replica', async () => {
    const use = await poolUse(async () => {
      await t.db.createQueryBuilder().select('count(*)', 'n').from(UserEntity, 'u').getRawOne();
      await t.db.getRepository(UserEntity).find({ take: 1 });
    });
    expect(use).toEqual({ primary: 0, replica: 2 });
  });

  it('keeps transactions and raw queries on the primary', async () => {
    const use = await poolUse(async () => {
      await t.db.transaction((em) => em.createQueryBuilder().select('count(*)', 'n').from(UserEntity, 'u').getRawOne());
      await t.db.query('SELECT 1');
    });
    expect(use).toEqual({ primary: 2, replica: 0 });
  });

  it('serves the API: a member written on the primary reads back through the replica pool', async () => {
    const member = await t.factories.member();
    const use = await poolUse(async () => {
      const res = await t.gql(
        `query($handle: String!) { user(handle: $handle) { id handle } }`,
        { handle: member.user.handle },
        { token: member.token },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.user).toEqual({ id: member.user.id, handle: member.user.handle });
    });
    expect(use.replica).toBeGreaterThan(0);
  });

  it('writes through the primary from the API', async () => {
    const member = await t.factories.member();
    const use = await poolUse(async () => {
      const res = await t.gql(
        `mutation($input: CreateThreadInput!) { createThread(input: $input) { id title } }`,
        { input: { title: 'Replica check' } },
        { token: member.token },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.createThread.title).toBe('Replica check');
    });
    expect(use.primary).toBeGreaterThan(0);
  });
});
