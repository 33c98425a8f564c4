import { serverAudits } from 'graphql-http';
import { createTestApp, TestApp } from '@kindling/testing';

/** The graphql-http conformance audits against the booted API: no MUST may fail. */
describe('graphql-http audits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const audits = serverAudits({ url: () => `${t.url}/graphql`, fetchFn: fetch });
  const musts = audits.filter((audit) => audit.name.startsWith('MUST'));

  it('has MUST audits to run', () => {
    expect(musts.length).toBeGreaterThan(10);
  });

  it.each(musts.map((audit) => [audit.name, audit] as const))('%s', async (_, audit) => {
    const result = await audit.fn();
    expect({ status: result.status, reason: 'reason' in result ? result.reason : undefined }).toEqual({ status: 'ok', reason: undefined });
  });
});
