/**
 * Timestamps in keyset cursors travel as microseconds since the epoch: a JS
 * Date keeps milliseconds only, and a cursor that drops precision skips rows.
 */
export const toMicrosSql = (column: string) => `(extract(epoch from ${column}) * 1000000)::bigint`;

export const fromMicrosSql = (param: string) => `(timestamptz 'epoch' + ${param}::bigint * interval '1 microsecond')`;

export interface TimeKey {
  /** Microseconds since the epoch, as a decimal string. */
  at: string;
  id: string;
}
