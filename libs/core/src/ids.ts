/** Row ids are Postgres bigints, carried as decimal strings end to end. */
export const ID_PATTERN = /^[1-9]\d{0,17}$/;

export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}
