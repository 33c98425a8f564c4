import { JobName, JOBS } from './job-definitions';
import { JobHandler } from './job-handler.decorator';
import { resolveJobHandlers } from './job-worker-host.service';

const handler = (): JobHandler<JobName> => ({ handle: async () => undefined });
const ALL = Object.keys(JOBS) as JobName[];
const oneEach = () => ALL.map((name) => ({ name, handler: handler() }));

function problemsOf(found: Array<{ name: string; handler: JobHandler<JobName> }>): string {
  try {
    resolveJobHandlers(found);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('resolveJobHandlers accepted an inconsistent set of handlers');
}

describe('resolveJobHandlers', () => {
  it('maps every job to its one handler', () => {
    const found = oneEach();
    const resolved = resolveJobHandlers(found);
    expect([...resolved.keys()].sort()).toEqual([...ALL].sort());
    for (const { name, handler: h } of found) expect(resolved.get(name as JobName)).toBe(h);
  });

  it('names a job without a handler', () => {
    const [missing, ...rest] = oneEach();
    expect(problemsOf(rest)).toContain(`${missing.name}: no handler`);
  });

  it('names a job with two handlers', () => {
    const found = oneEach();
    expect(problemsOf([...found, { name: found[0].name, handler: handler() }])).toContain(`${found[0].name}: 2 handlers`);
  });

  it('names a handler for a job that does not exist', () => {
    expect(problemsOf([...oneEach(), { name: 'feed.fanout-typo', handler: handler() }])).toContain(
      'feed.fanout-typo: handler for an unknown job',
    );
  });

  it('lists every problem at once, one per line', () => {
    const [missing, duplicated, ...rest] = oneEach();
    const found = [duplicated, { name: duplicated.name, handler: handler() }, { name: duplicated.name, handler: handler() }, ...rest];
    const message = problemsOf([...found, { name: 'nope.one', handler: handler() }, { name: 'nope.two', handler: handler() }]);
    expect(message.split('\n')).toEqual([
      'Job handlers are inconsistent:',
      `  ${missing.name}: no handler`,
      `  ${duplicated.name}: 3 handlers`,
      '  nope.one: handler for an unknown job',
      '  nope.two: handler for an unknown job',
    ]);
  });

  it('refuses a worker with no handlers at all, naming every job', () => {
    const message = problemsOf([]);
    for (const name of ALL) expect(message).toContain(`${name}: no handler`);
  });
});
