/** The longest URL any field stores (job apply links, roadmap resources): what browsers and proxies handle everywhere. */
export const MAX_URL_LENGTH = 2_000;

/** `scheme://` then the authority up to the first `/`, `?` or `#`. */
const AUTHORITY = /^https?:\/\/([^/?#]*)/i;

/**
 * The one rule for every URL a member types that others will click: an
 * absolute http(s) URL with a host, written with `//`, with no credentials
 * (`https://user:pass@…`, even an empty `@`), no whitespace or control
 * characters and no backslash (parsers disagree on where a URL with one goes),
 * at most `maxLength` characters. Stored as typed, so it must already be safe
 * to put in an href.
 */
export function isSafeHttpUrl(value: string, maxLength = MAX_URL_LENGTH): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (value.length > maxLength || /[\s\u0000-\u001f\u007f\\]/.test(value)) return false;
  const authority = AUTHORITY.exec(value)?.[1];
  if (authority === undefined || authority.includes('@')) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0 && !url.username && !url.password;
  } catch {
    return false;
  }
}
