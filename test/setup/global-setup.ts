import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { provisionTestInfrastructure } from '../../libs/testing/src/infrastructure';

/**
 * Once per `npm test`: find or start Postgres and Redis, create this run's
 * database and apply the migrations. Workers inherit the variables set here.
 */
export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const infra = await provisionTestInfrastructure(runId, join(__dirname, '../../.data/test-postgres'));
  (globalThis as { __KINDLING_TEST_INFRA__?: unknown }).__KINDLING_TEST_INFRA__ = infra;
  Object.assign(process.env, infra.env);
}
