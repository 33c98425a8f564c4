import { useMutation } from '@apollo/client/react';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { graphql } from '../../graphql';
import { useSession } from '../../session/SessionProvider';
import { formErrors } from '../../ui/graphql-errors';
import { TextField } from '../../ui/TextField';

const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      expiresIn
      refreshToken
    }
  }
`);

export function LoginPage() {
  const { redirect } = useSearch({ from: '/login' });
  const navigate = useNavigate();
  const { signedIn } = useSession();
  const [login, { loading, error }] = useMutation(LoginMutation);
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
          void login({ variables: { input: { email, password } } })
            .then(async ({ data }) => {
              if (!data) return;
              await signedIn(data.login);
              await navigate({ to: redirect ?? '/' });
            })
            .catch(() => undefined);
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
