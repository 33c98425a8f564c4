import { useState } from 'react';

/** Runs a sign-in or sign-up call with a loading flag and the error to show next to the fields. */
export function useSessionForm<T>(action: (input: T) => Promise<void>) {
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (input: T): Promise<boolean> => {
    setLoading(true);
    setError(null);
    try {
      await action(input);
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    } finally {
      setLoading(false);
    }
  };
  return { submit, loading, error };
}
