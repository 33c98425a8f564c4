import { AppConfig, WRITE_LIMIT_NAMES } from '@kindling/config';
import { WRITE_LIMITS, writeLimit } from './write-limits';

const DATABASE_URL = 'postgres://kindling@127.0.0.1:5432/kindling';

describe('write limits', () => {
  it('has a rule with its own Redis bucket for every name WRITE_LIMITS accepts', () => {
    expect(Object.keys(WRITE_LIMITS).sort()).toEqual([...WRITE_LIMIT_NAMES].sort());
    for (const name of WRITE_LIMIT_NAMES) {
      expect(WRITE_LIMITS[name].name).toBe(`write:${name}`);
      expect(WRITE_LIMITS[name].limit).toBeGreaterThan(0);
      expect(WRITE_LIMITS[name].windowSeconds).toBeGreaterThan(0);
    }
  });

  it('applies a WRITE_LIMITS override to the bucket it names only', () => {
    const config = AppConfig.fromEnv({ DATABASE_URL, WRITE_LIMITS: 'reactions=5/60' });
    expect(writeLimit('reactions', config)).toEqual({ name: 'write:reactions', limit: 5, windowSeconds: 60 });
    expect(writeLimit('jobPostings', config)).toEqual(WRITE_LIMITS.jobPostings);
  });
});
