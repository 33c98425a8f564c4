import { createRootRoute, createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import { AppLayout } from './layout/AppLayout';
import { NotFound } from './ui/states';

const rootRoute = createRootRoute({ component: AppLayout, notFoundComponent: () => <NotFound what="This page" /> });

const page = <TPath extends string>(path: TPath, load: () => Promise<Record<string, unknown>>, name: string) =>
  createRoute({ getParentRoute: () => rootRoute, path, component: lazyRouteComponent(load, name) });

const textParam = (value: unknown) => (typeof value === 'string' ? value : '');

const homeRoute = page('/', () => import('./routes/home/HomePage'), 'HomePage');
const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => {
    const redirect = textParam(search['redirect']);
    return redirect.startsWith('/') && !redirect.startsWith('//') ? { redirect } : {};
  },
  component: lazyRouteComponent(() => import('./routes/login/LoginPage'), 'LoginPage'),
});
const signupRoute = page('/signup', () => import('./routes/signup/SignupPage'), 'SignupPage');
const exploreRoute = page('/explore', () => import('./routes/explore/ExplorePage'), 'ExplorePage');
const tagRoute = page('/tags/$tag', () => import('./routes/tag/TagPage'), 'TagPage');
const profileRoute = page('/u/$handle', () => import('./routes/profile/ProfilePage'), 'ProfilePage');
const threadRoute = page('/threads/$id', () => import('./routes/thread/ThreadPage'), 'ThreadPage');
const communitiesRoute = page('/communities', () => import('./routes/communities/CommunitiesPage'), 'CommunitiesPage');
const communityRoute = page('/c/$slug', () => import('./routes/community/CommunityPage'), 'CommunityPage');
const notificationsRoute = page('/notifications', () => import('./routes/notifications/NotificationsPage'), 'NotificationsPage');
const searchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/search',
  validateSearch: (search: Record<string, unknown>): { q: string } => ({ q: textParam(search['q']) }),
  component: lazyRouteComponent(() => import('./routes/search/SearchPage'), 'SearchPage'),
});

const routeTree = rootRoute.addChildren([
  homeRoute,
  loginRoute,
  signupRoute,
  exploreRoute,
  tagRoute,
  profileRoute,
  threadRoute,
  communitiesRoute,
  communityRoute,
  notificationsRoute,
  searchRoute,
]);

export const router = createRouter({ routeTree, defaultPreload: 'intent', scrollRestoration: true });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
