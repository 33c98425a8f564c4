import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useSession } from '../../session/SessionProvider';
import { useSessionForm } from '../../session/useSessionForm';
import { formErrors } from '../../ui/graphql-errors';
import { TextField } from '../../ui/TextField';

export function SignupPage() {
  const navigate = useNavigate();
  const { signUp } = useSession();
  const { submit, loading, error } = useSessionForm(signUp);
  const [form, setForm] = useState({ email: '', password: '', handle: '', displayName: '' });
  const errors = formErrors(error);
  const set = (field: keyof typeof form) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setForm({ ...form, [field]: event.target.value });

  return (
    <section className="narrow">
      <h1>Sign up</h1>
      <form
        className="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const timezone = Intl.DateTimeFormat().resolvedOptions().timeZone;
          void submit({ ...form, timezone }).then(async (ok) => {
            if (ok) await navigate({ to: '/' });
          });
        }}
      >
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          value={form.email}
          onChange={set('email')}
          error={errors.fields['email']}
          required
        />
        <TextField
          label="Handle"
          autoComplete="username"
          value={form.handle}
          onChange={set('handle')}
          error={errors.fields['handle']}
          hint="3 to 30 of a-z, 0-9 and _"
          required
        />
        <TextField
          label="Display name"
          autoComplete="name"
          value={form.displayName}
          onChange={set('displayName')}
          error={errors.fields['displayName']}
          required
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          value={form.password}
          onChange={set('password')}
          error={errors.fields['password']}
          required
        />
        {errors.form && (
          <p className="form-error" role="alert">
            {errors.form}
          </p>
        )}
        <button type="submit" disabled={loading}>
          Sign up
        </button>
      </form>
      <p>
        Already a member? <Link to="/login">Sign in</Link>
      </p>
    </section>
  );
}
