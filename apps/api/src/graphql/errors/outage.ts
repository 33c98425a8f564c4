/**
 * Whether an error means Postgres or Redis could not be reached (or is
 * shutting down), rather than that the operation was wrong: such a request
 * may simply be retried once the outage ends.
 */
export function isOutage(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (!(current instanceof Error) || seen.has(current)) continue;
    seen.add(current);
    if (isOutageError(current)) return true;
    const { driverError, cause } = current as Error & { driverError?: unknown };
    queue.push(driverError, cause, ...(current instanceof AggregateError ? current.errors : []));
  }
  return false;
}

/** SQLSTATE classes and codes: connection exception (08…), shutdown and crash (57P01–57P03), too many connections (53300). */
const POSTGRES_UNAVAILABLE = /^(08\w{3}|57P0[1-3]|53300)$/;
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/** What node-postgres, its pool and ioredis say when the server is gone; they carry no code. */
const OUTAGE_MESSAGES =
  /^(Connection terminated|timeout exceeded when trying to connect|Command timed out|Connection is closed|Stream isn't writeable|Reached the max retries per request limit)/;

function isOutageError(error: Error): boolean {
  const code = (error as Error & { code?: unknown }).code;
  if (typeof code === 'string' && (POSTGRES_UNAVAILABLE.test(code) || NETWORK_CODES.has(code))) return true;
  return error.name === 'MaxRetriesPerRequestError' || OUTAGE_MESSAGES.test(error.message);
}
