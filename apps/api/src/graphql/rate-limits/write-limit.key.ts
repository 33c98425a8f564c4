/** Metadata key under which @WriteLimit stores its bucket name. */
export const WRITE_LIMIT_KEY = 'kindling:write-limit';
