import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SessionRequestError } from '../session/session-transport';

export interface FormErrors {
  /** Messages for named input fields, shown next to the field. */
  fields: Record<string, string>;
  /** What belongs to no field (wrong password, rate limit, network). */
  form: string | null;
}

/** Splits an API error (GraphQL, or an /auth endpoint's in the same shape) into per-field messages (extensions.field) and one message for the form. */
export function formErrors(error: unknown): FormErrors {
  const result: FormErrors = { fields: {}, form: null };
  if (!error) return result;
  const errors = CombinedGraphQLErrors.is(error) || error instanceof SessionRequestError ? error.errors : null;
  if (errors) {
    for (const e of errors) {
      const field = e.extensions?.['field'];
      if (typeof field === 'string' && field) {
        const name = field.replace(/^input\./, '');
        result.fields[name] ??= e.message;
      } else {
        result.form ??= e.message;
      }
    }
    return result;
  }
  result.form = 'Could not reach Kindling. Check your connection and try again.';
  return result;
}

export function errorCode(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const code = error.errors[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : null;
}
