import type { TestInfrastructure } from '../../libs/testing/src/infrastructure';

/** Drops this run's database, deletes its Redis keys and stops whatever the setup started. */
export default async function globalTeardown(): Promise<void> {
  const infra = (globalThis as { __KINDLING_TEST_INFRA__?: TestInfrastructure }).__KINDLING_TEST_INFRA__;
  await infra?.teardown();
}
