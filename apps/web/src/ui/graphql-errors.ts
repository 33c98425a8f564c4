import { CombinedGraphQLErrors } from '@apollo/client/errors';

export interface FormErrors {
  /** Messages for named input fields, shown next to the field. */
  fields: Record<string, string>;
  /** What belongs to no field (wrong password, rate limit, network). */
  form: string | null;
}

/** Splits an API error into per-field messages (extensions.field) and one message for the form. */
export function formErrors(error: unknown): FormErrors {
  const result: FormErrors = { fields: {}, form: null };
  if (!error) return result;
  if (CombinedGraphQLErrors.is(error)) {
    for (const e of error.errors) {
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
