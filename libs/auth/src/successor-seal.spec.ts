import { randomBytes } from 'node:crypto';
import { openSuccessor, sealSuccessor } from './successor-seal';

describe('successor seal', () => {
  const token = randomBytes(32).toString('base64url');
  const successor = randomBytes(32).toString('base64url');

  it('opens with the token it was sealed under', () => {
    expect(openSuccessor(token, sealSuccessor(token, successor))).toBe(successor);
  });

  it('does not open with another token, nor when tampered with', () => {
    const sealed = sealSuccessor(token, successor);
    expect(openSuccessor(randomBytes(32).toString('base64url'), sealed)).toBeNull();
    const bytes = Buffer.from(sealed, 'base64url');
    bytes[bytes.length - 1] ^= 1;
    expect(openSuccessor(token, bytes.toString('base64url'))).toBeNull();
    expect(openSuccessor(token, 'garbage')).toBeNull();
  });

  it('never holds the successor in the clear', () => {
    expect(sealSuccessor(token, successor)).not.toContain(successor);
  });
});
