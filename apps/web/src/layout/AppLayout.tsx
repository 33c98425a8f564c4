import { Link, Outlet, useNavigate } from '@tanstack/react-router';
import { Flame } from 'lucide-react';
import { useSession } from '../session/SessionProvider';
import { Loading } from '../ui/states';
import { NotificationBell } from './NotificationBell';
import { SearchBox } from './SearchBox';

export function AppLayout() {
  const { status, viewer, signOut } = useSession();
  const navigate = useNavigate();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top-bar">
        <Link to="/" className="brand" aria-label="Kindling home">
          <Flame aria-hidden="true" size={22} />
          <span>Kindling</span>
        </Link>
        <nav aria-label="Main" className="main-nav">
          {viewer && (
            <Link to="/" activeOptions={{ exact: true }}>
              Home
            </Link>
          )}
          <Link to="/explore">Explore</Link>
          <Link to="/communities">Communities</Link>
        </nav>
        <SearchBox />
        <div className="account">
          {viewer ? (
            <>
              <NotificationBell />
              <Link to="/u/$handle" params={{ handle: viewer.handle }} className="me-link">
                {viewer.displayName}
              </Link>
              <button
                type="button"
                className="quiet"
                onClick={() => {
                  void signOut().then(() => navigate({ to: '/login' }));
                }}
              >
                Sign out
              </button>
            </>
          ) : status === 'signedOut' ? (
            <>
              <Link to="/login">Sign in</Link>
              <Link to="/signup" className="button-link">
                Sign up
              </Link>
            </>
          ) : null}
        </div>
      </header>
      <main id="main" className="page">
        {/* Pages wait for the session a reload restores, so their first queries and subscriptions go out as the member. */}
        {status === 'restoring' ? <Loading /> : <Outlet />}
      </main>
    </>
  );
}
