import { normalizeTags } from '@kindling/core';

export const HANDLE_PATTERN = /^[a-z0-9_]{3,30}$/;
export const MAX_PROFILE_TAGS = 30;
export const MAX_TAG_LENGTH = 50;

export function normalizeHandle(handle: string): string {
  return handle.trim().toLowerCase();
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Skills and interests: lower-cased, trimmed, de-duplicated. */
export const normalizeProfileTags = normalizeTags;

const ZONE_SHAPE = /^(UTC|[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){1,2})$/;

/** A real IANA zone name (Europe/Lisbon, America/Argentina/Salta, UTC), not an offset. */
export function isIanaTimeZone(zone: string): boolean {
  if (!ZONE_SHAPE.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
