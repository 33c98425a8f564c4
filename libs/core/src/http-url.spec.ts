import { isSafeHttpUrl, MAX_URL_LENGTH } from './http-url';

describe('isSafeHttpUrl', () => {
  it.each([
    'https://jobs.example.com/apply?id=42',
    'http://example.com',
    'HTTPS://EXAMPLE.COM/',
    'https://localhost:8080/x',
    'https://example.com/path@with-at?q=a@b#c@d',
    'https://[2001:db8::1]/x',
    `https://example.com/${'x'.repeat(MAX_URL_LENGTH - 20)}`,
  ])('accepts %s', (url) => {
    expect(isSafeHttpUrl(url)).toBe(true);
  });

  it.each([
    ['credentials', 'https://user:pass@example.com/'],
    ['a user name', 'https://user@example.com/'],
    ['an empty password', 'https://user:@example.com/'],
    ['empty credentials', 'https://:@example.com/'],
    ['an empty user info', 'https://@example.com/'],
    ['a backslash before an @', 'https://example.com\\@evil.example/'],
    ['a backslash as a slash', 'https:\\\\example.com/'],
    ['no slashes', 'https:example.com'],
    ['one slash', 'https:/example.com'],
    ['a scheme-relative URL', '//example.com'],
    ['a bare host', 'example.com'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<b>x</b>'],
    ['file:', 'file:///etc/passwd'],
    ['ftp:', 'ftp://example.com/'],
    ['no host', 'https://'],
    ['a space', 'https://exa mple.com/'],
    ['a tab', 'https://example.com/\tx'],
    ['a NUL', 'https://example.com/\u0000'],
    ['a control character', 'https://example.com/\u0007'],
    ['DEL', 'https://example.com/\u007f'],
    ['the empty string', ''],
    ['one character too many', `https://example.com/${'x'.repeat(MAX_URL_LENGTH - 19)}`],
  ])('refuses %s', (_, url) => {
    expect(isSafeHttpUrl(url)).toBe(false);
  });

  it('takes a smaller cap', () => {
    expect(isSafeHttpUrl('https://example.com/abc', 23)).toBe(true);
    expect(isSafeHttpUrl('https://example.com/abcd', 23)).toBe(false);
  });
});
