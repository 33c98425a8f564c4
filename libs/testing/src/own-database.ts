import { randomBytes } from 'node:crypto';
import { createDatabase, dropDatabase, withDatabase } from '../../devstack/src';
import { runMigrations } from './infrastructure';

export interface OwnDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A migrated database of the test file's own, beside the run's, for a test
 * whose rows would disturb the others (the demo seed's fixed slugs and handles,
 * its public posts): pass `url` as DATABASE_URL to createTestApp, drop it after.
 */
export async function createOwnDatabase(purpose: string): Promise<OwnDatabase> {
  const runUrl = process.env.DATABASE_URL;
  if (!runUrl) throw new Error('createOwnDatabase needs the run database (DATABASE_URL, set by the global setup)');
  const name = `${new URL(runUrl).pathname.slice(1)}_${purpose}_${randomBytes(3).toString('hex')}`;
  const adminUrl = withDatabase(runUrl, 'postgres');
  await createDatabase(adminUrl, name);
  const url = withDatabase(runUrl, name);
  try {
    await runMigrations(url);
  } catch (error) {
    await dropDatabase(adminUrl, name);
    throw error;
  }
  return { url, drop: () => dropDatabase(adminUrl, name) };
}
