import { normalizeTags, stripInvisibleControls } from '@kindling/core';

export const HANDLE_PATTERN = /^[a-z0-9_]{3,30}$/;
export const MAX_PROFILE_TAGS = 30;
export const MAX_TAG_LENGTH = 50;

/** Lower-cased, trimmed, bidi controls and zero-width characters stripped (then checked against HANDLE_PATTERN). */
export function normalizeHandle(handle: string): string {
  return stripInvisibleControls(handle).trim().toLowerCase();
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Skills and interests: lower-cased, trimmed, de-duplicated. */
export const normalizeProfileTags = normalizeTags;

const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/;

/**
 * The zone as stored, or null when it is not an IANA zone. The case is fixed
 * (`europe/lisbon` → `Europe/Lisbon`) but a valid alias is kept as chosen:
 * ICU would turn `Asia/Kolkata` into the outdated `Asia/Calcutta`. Offsets
 * such as `+02:00` are not zones: they have no DST rules.
 */
export function canonicalTimeZone(zone: string): string | null {
  if (zone.length > 64 || !ZONE_NAME.test(zone)) return null;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    return resolved.toLowerCase() === zone.toLowerCase() ? resolved : zone;
  } catch {
    return null;
  }
}

export const isIanaTimeZone = (zone: string): boolean => canonicalTimeZone(zone) !== null;
