import { GraphQLResponse } from './graphql-client';

export interface ErrorSummary {
  code?: string;
  field?: string;
  message: string;
}

/** The first error of a response as `{ code, field, message }`, or null when it has none: compact to assert on. */
export function firstError(response: GraphQLResponse): ErrorSummary | null {
  const error = response.errors?.[0];
  if (!error) return null;
  const { code, field } = error.extensions ?? {};
  return { message: error.message, ...(typeof code === 'string' && { code }), ...(typeof field === 'string' && { field }) };
}

/** The error code of a response, or 'OK'. */
export const outcome = (res: GraphQLResponse): string => firstError(res)?.code ?? 'OK';

/** The data of a response that must have succeeded. */
export function expectOk<T extends Record<string, any>>(res: GraphQLResponse<T>): T {
  const error = firstError(res);
  if (error) throw new Error(`expected success, got ${JSON.stringify(error)}`); // plain throw: this file is built outside jest too
  return res.data!;
}

/** The refusal as `{ code, field }` (field only when the server names one). */
export const refusal = (res: GraphQLResponse) => {
  const error = firstError(res);
  return error && { code: error.code, ...(error.field && { field: error.field }) };
};
