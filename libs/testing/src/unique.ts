import { randomBytes } from 'node:crypto';

/** A slug no other test (or run) uses: 3..40 of [a-z0-9-]. Spec files share one database. */
export const uniqueSlug = (prefix = 'c') => `${prefix}-${randomBytes(6).toString('hex')}`;

/** A search word nothing else contains, to scope a search to one test. */
export const uniqueWord = (prefix = 'w') => `${prefix}${randomBytes(5).toString('hex')}`;
