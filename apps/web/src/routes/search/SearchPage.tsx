import { useQuery } from '@apollo/client/react';
import { Link, useSearch } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { graphql } from '../../graphql';
import { PostCard } from '../../ui/post/PostCard';
import { safeHref } from '../../ui/rich-text';
import { Empty, ErrorState, Loading } from '../../ui/states';

const SearchQuery = graphql(`
  query Search($query: String!) {
    search(query: $query, limit: 10) {
      users {
        id
        handle
        displayName
        headline
      }
      communities {
        id
        slug
        name
        memberCount
        visibility
      }
      threads {
        id
        title
        goal
        author {
          id
          displayName
        }
      }
      posts {
        ...PostCardFields
      }
      roadmaps {
        id
        title
        description
        community {
          id
          slug
          name
        }
      }
      jobs {
        id
        title
        company
        location
        remote
        applyUrl
      }
    }
  }
`);

function Section({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  if (count === 0) return null;
  return (
    <section aria-label={title}>
      <h2>
        {title} <span className="muted">({count})</span>
      </h2>
      {children}
    </section>
  );
}

export function SearchPage() {
  const { q } = useSearch({ from: '/search' });
  const query = q.trim();
  const { data, error, refetch } = useQuery(SearchQuery, { variables: { query }, skip: !query });

  const r = data?.search;
  const total = r ? r.users.length + r.communities.length + r.threads.length + r.posts.length + r.roadmaps.length + r.jobs.length : 0;
  return (
    <section>
      <h1>{query ? `Search: ${query}` : 'Search'}</h1>
      {!query ? (
        <Empty>Type in the search box above to find members, communities, threads, posts, roadmaps and jobs.</Empty>
      ) : error && !data ? (
        <ErrorState error={error} retry={() => void refetch()} />
      ) : !r ? (
        <Loading label="Searching…" />
      ) : total === 0 ? (
        <Empty>Nothing matches “{query}”.</Empty>
      ) : (
        <>
          <Section title="Members" count={r.users.length}>
            <ul className="list">
              {r.users.map((u) => (
                <li key={u.id} className="card">
                  <Link to="/u/$handle" params={{ handle: u.handle }} className="author">
                    {u.displayName}
                  </Link>{' '}
                  <span className="muted">@{u.handle}</span>
                  {u.headline && <p className="muted">{u.headline}</p>}
                </li>
              ))}
            </ul>
          </Section>
          <Section title="Communities" count={r.communities.length}>
            <ul className="list">
              {r.communities.map((c) => (
                <li key={c.id} className="card">
                  <Link to="/c/$slug" params={{ slug: c.slug }}>
                    {c.name}
                  </Link>{' '}
                  <span className="muted">
                    {c.visibility === 'PRIVATE' ? 'Private' : 'Public'} · {c.memberCount} members
                  </span>
                </li>
              ))}
            </ul>
          </Section>
          <Section title="Threads" count={r.threads.length}>
            <ul className="list">
              {r.threads.map((t) => (
                <li key={t.id} className="card">
                  <Link to="/threads/$id" params={{ id: t.id }}>
                    {t.title}
                  </Link>{' '}
                  <span className="muted">by {t.author.displayName}</span>
                  {t.goal && <p>{t.goal}</p>}
                </li>
              ))}
            </ul>
          </Section>
          <Section title="Posts" count={r.posts.length}>
            <div className="list">
              {r.posts.map((post) => (
                <PostCard key={post.id} post={post} />
              ))}
            </div>
          </Section>
          <Section title="Roadmaps" count={r.roadmaps.length}>
            <ul className="list">
              {r.roadmaps.map((roadmap) => (
                <li key={roadmap.id} className="card">
                  <strong>{roadmap.title}</strong> <span className="muted">in </span>
                  <Link to="/c/$slug" params={{ slug: roadmap.community.slug }}>
                    {roadmap.community.name}
                  </Link>
                  {roadmap.description && <p>{roadmap.description}</p>}
                </li>
              ))}
            </ul>
          </Section>
          <Section title="Jobs" count={r.jobs.length}>
            <ul className="list">
              {r.jobs.map((job) => {
                const href = safeHref(job.applyUrl);
                return (
                  <li key={job.id} className="card">
                    <strong>{job.title}</strong> <span className="muted">at {job.company}</span>
                    <p className="muted">{[job.location, job.remote ? 'Remote' : null].filter(Boolean).join(' · ')}</p>
                    {href && (
                      <a href={href} rel="noopener nofollow ugc" target="_blank">
                        Apply for {job.title}
                      </a>
                    )}
                  </li>
                );
              })}
            </ul>
          </Section>
        </>
      )}
    </section>
  );
}
