import { useMutation } from '@apollo/client/react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { graphql } from '../../graphql';
import { useSession } from '../../session/SessionProvider';
import { formErrors } from '../../ui/graphql-errors';
import { TextField } from '../../ui/TextField';

const RegisterMutation = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      accessToken
      expiresIn
      refreshToken
    }
  }
`);

export function SignupPage() {
  const navigate = useNavigate();
  const { signedIn } = useSession();
  const [register, { loading, error }] = useMutation(RegisterMutation);
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
          void register({ variables: { input: { ...form, timezone } } })
            .then(async ({ data }) => {
              if (!data) return;
              await signedIn(data.register);
              await navigate({ to: '/' });
            })
            .catch(() => undefined);
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
