/**
 * The access token lives in this module's memory only: never in localStorage,
 * sessionStorage or a readable cookie, so a script injected into the page cannot
 * lift it from storage and it is gone when the tab closes.
 */
type Listener = () => void;

let current: { token: string; expiresAt: number } | null = null;
const listeners = new Set<Listener>();

export function setAccessToken(token: string, expiresInSeconds: number, now = Date.now()): void {
  current = { token, expiresAt: now + expiresInSeconds * 1000 };
  listeners.forEach((listener) => listener());
}

export function clearAccessToken(): void {
  if (!current) return;
  current = null;
  listeners.forEach((listener) => listener());
}

/** When the current token expires (ms since the epoch), or null. */
export function accessTokenExpiresAt(): number | null {
  return current?.expiresAt ?? null;
}

export function getAccessToken(): string | null {
  return current?.token ?? null;
}

/** True while the token has more than `skewMs` left; the socket refreshes first otherwise. */
export function accessTokenIsFresh(skewMs = 10_000, now = Date.now()): boolean {
  return current !== null && current.expiresAt - skewMs > now;
}

export function onAccessTokenChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
