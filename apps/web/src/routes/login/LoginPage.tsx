import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useSession } from '../../session/SessionProvider';
import { useSessionForm } from '../../session/useSessionForm';
import { formErrors } from '../../ui/graphql-errors';
import { TextField } from '../../ui/TextField';

export function LoginPage() {
  const { redirect } = useSearch({ from: '/login' });
  const navigate = useNavigate();
  const { signIn } = useSession();
  const { submit, loading, error } = useSessionForm(signIn);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const errors = formErrors(error);

  return (
    <section className="narrow">
      <h1>Sign in</h1>
      <form
        className="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit({ email, password }).then(async (ok) => {
            if (ok) await navigate({ to: redirect ?? '/' });
          });
        }}
      >
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.fields['email']}
          required
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.fields['password']}
          required
        />
        {errors.form && (
          <p className="form-error" role="alert">
            {errors.form}
          </p>
        )}
        <button type="submit" disabled={loading}>
          Sign in
        </button>
      </form>
      <p>
        New here? <Link to="/signup">Create an account</Link>
      </p>
    </section>
  );
}
