import { isJobMatch, requiredOverlap } from './job-match';

describe('requiredOverlap', () => {
  it.each([
    [0, 0],
    [1, 1],
    [2, 2],
    [3, 2],
    [20, 2],
  ])('a job listing %i skills needs %i shared', (count, needed) => {
    expect(requiredOverlap(count)).toBe(needed);
  });
});

describe('isJobMatch', () => {
  // [job skills, member skills, match]
  const table: Array<[string[], string[], boolean]> = [
    // At least two shared skills when the job lists two or more.
    [['rust', 'wasm', 'tokio'], ['rust', 'wasm'], true],
    [['rust', 'wasm', 'tokio'], ['rust', 'wasm', 'tokio', 'go'], true],
    [['rust', 'wasm', 'tokio'], ['rust'], false],
    [['rust', 'wasm', 'tokio'], ['go', 'python'], false],
    [['rust', 'wasm'], ['rust', 'wasm'], true],
    [['rust', 'wasm'], ['wasm'], false],
    // All of them when the job lists one.
    [['rust'], ['rust'], true],
    [['rust'], ['rust', 'go'], true],
    [['rust'], ['go'], false],
    // Nothing matches an empty side.
    [[], ['rust'], false],
    [['rust', 'go'], [], false],
    [[], [], false],
    // Normalised alike: case, surrounding and inner whitespace.
    [['TypeScript', ' Node.js '], ['typescript', 'node.js'], true],
    [['machine   learning', 'python'], ['Machine Learning', 'PYTHON'], true],
    // A skill counts once however often either side repeats it.
    [['rust', 'go'], ['rust', 'rust', 'RUST'], false],
    [['rust', 'rust', 'go'], ['rust'], false],
    [['rust', 'rust'], ['rust'], true],
    // Substrings are not skills.
    [['java', 'sql'], ['javascript', 'nosql'], false],
  ];

  it.each(table)('job %j, member %j → %s', (job, member, expected) => {
    expect(isJobMatch(job, member)).toBe(expected);
  });

  it('is symmetric in the skills shared, not in the count needed', () => {
    expect(isJobMatch(['a'], ['a', 'b'])).toBe(true);
    expect(isJobMatch(['a', 'b'], ['a'])).toBe(false);
  });
});
