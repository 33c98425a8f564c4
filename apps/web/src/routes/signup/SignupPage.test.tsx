import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { of } from 'rxjs';
import { ApolloProvider } from '@apollo/client/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryHistory, createRootRoute, createRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionProvider } from '../../session/SessionProvider';
import { SignupPage } from './SignupPage';

/** The /auth endpoints as the browser sees them: refresh says "no session", register refuses the handle. */
function fakeAuthServer() {
  return vi.fn(async (url: string, init?: RequestInit) => {
    if (url === '/auth/refresh')
      return new Response(JSON.stringify({ errors: [{ message: 'No session', extensions: { code: 'UNAUTHENTICATED' } }] }), {
        status: 401,
      });
    if (url === '/auth/register') {
      const headers = new Headers(init?.headers);
      expect(headers.get('x-kindling-client')).toBe('web');
      expect(init?.credentials).toBe('same-origin');
      const errors = [{ message: 'That handle is taken', extensions: { code: 'CONFLICT', reason: 'HANDLE_TAKEN', field: 'handle' } }];
      return new Response(JSON.stringify({ errors }), { status: 409 });
    }
    throw new Error(`unexpected request ${url}`);
  });
}

function renderSignup() {
  const rootRoute = createRootRoute();
  const signup = createRoute({ getParentRoute: () => rootRoute, path: '/signup', component: SignupPage });
  const home = createRoute({ getParentRoute: () => rootRoute, path: '/', component: () => <h1>Home</h1> });
  const router = createRouter({
    routeTree: rootRoute.addChildren([signup, home]),
    history: createMemoryHistory({ initialEntries: ['/signup'] }),
  });
  // Signed out: the only GraphQL the page makes is the viewer query, answered with no one.
  const client = new ApolloClient({ cache: new InMemoryCache(), link: new ApolloLink(() => of({ data: { me: null } })) });
  return render(
    <ApolloProvider client={client}>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </ApolloProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('SignupPage', () => {
  it("shows the API's field error next to its field and stays on the page", async () => {
    vi.stubGlobal('fetch', fakeAuthServer());
    renderSignup();
    await userEvent.type(await screen.findByLabelText('Email'), 'new@kindling.test');
    await userEvent.type(screen.getByLabelText('Handle'), 'ana_ribeiro');
    await userEvent.type(screen.getByLabelText('Display name'), 'Another Ana');
    await userEvent.type(screen.getByLabelText('Password'), 'long-enough-password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign up' }));

    const handle = screen.getByLabelText('Handle');
    expect(await screen.findByText('That handle is taken')).toBeTruthy();
    expect(handle.getAttribute('aria-invalid')).toBe('true');
    const describedBy = handle.getAttribute('aria-describedby') ?? '';
    expect(describedBy.split(' ').map((id) => document.getElementById(id)?.textContent)).toContain('That handle is taken');
    expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Sign up');
  });
});
