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
