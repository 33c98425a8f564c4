import { describe, expect, it, vi } from 'vitest';
import { getAccessToken } from './access-token';
import { refreshAccessToken } from './refresh';

describe('refreshAccessToken', () => {
  it('shares one refresh request between concurrent callers and keeps the token in memory', async () => {
    let release: (value: { accessToken: string; expiresIn: number }) => void = () => undefined;
    const request = vi.fn(() => new Promise<{ accessToken: string; expiresIn: number }>((resolve) => (release = resolve)));
    const all = Promise.all([refreshAccessToken(request), refreshAccessToken(request), refreshAccessToken(request)]);
    release({ accessToken: 'fresh', expiresIn: 900 });
    expect(await all).toEqual([true, true, true]);
    expect(request).toHaveBeenCalledTimes(1);
    expect(getAccessToken()).toBe('fresh');
    expect(window.localStorage.length).toBe(0);
    expect(window.sessionStorage.length).toBe(0);
  });

  it('clears the token when there is no session to continue', async () => {
    await refreshAccessToken(async () => ({ accessToken: 'a', expiresIn: 900 }));
    expect(await refreshAccessToken(async () => null)).toBe(false);
    expect(getAccessToken()).toBeNull();
  });
});
