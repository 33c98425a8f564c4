import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { graphql } from '../../graphql';
import type { CommunityVisibility } from '../../graphql/graphql';
import { useSession } from '../../session/SessionProvider';
import { JoinButton } from '../../ui/community/JoinButton';
import { formErrors } from '../../ui/graphql-errors';
import { LoadMore } from '../../ui/InfiniteList';
import { Empty, ErrorState, Loading } from '../../ui/states';
import { TextArea, TextField } from '../../ui/TextField';

const CommunitiesQuery = graphql(`
  query Communities($query: String, $after: String) {
    communities(first: 20, query: $query, after: $after) {
      nodes {
        id
        slug
        name
        description
        visibility
        memberCount
        viewerMembership {
          id
          role
          status
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const CreateCommunityMutation = graphql(`
  mutation CreateCommunity($input: CreateCommunityInput!) {
    createCommunity(input: $input) {
      id
      slug
    }
  }
`);

function CreateCommunityForm({ onCancel }: { onCancel: () => void }) {
  const id = useId();
  const navigate = useNavigate();
  const [form, setForm] = useState({ name: '', slug: '', description: '', visibility: 'PUBLIC' as CommunityVisibility });
  const [create, { loading, error }] = useMutation(CreateCommunityMutation);
  const errors = formErrors(error);
  return (
    <form
      className="card stack"
      aria-label="New community"
      onSubmit={(event) => {
        event.preventDefault();
        const input = {
          name: form.name,
          slug: form.slug,
          visibility: form.visibility,
          ...(form.description.trim() ? { description: form.description } : {}),
        };
        void create({ variables: { input } })
          .then(({ data }) => data && navigate({ to: '/c/$slug', params: { slug: data.createCommunity.slug } }))
          .catch(() => undefined);
      }}
    >
      <h2>Create a community</h2>
      <TextField
        label="Name"
        value={form.name}
        onChange={(e) => setForm({ ...form, name: e.target.value })}
        error={errors.fields['name']}
        required
      />
      <TextField
        label="Slug"
        value={form.slug}
        onChange={(e) => setForm({ ...form, slug: e.target.value.toLowerCase() })}
        error={errors.fields['slug']}
        hint="The address: /c/your-slug"
        required
      />
      <TextArea
        label="Description"
        value={form.description}
        onChange={(e) => setForm({ ...form, description: e.target.value })}
        error={errors.fields['description']}
      />
      <div className="field">
        <label htmlFor={`${id}-visibility`}>Visibility</label>
        <select
          id={`${id}-visibility`}
          value={form.visibility}
          onChange={(e) => setForm({ ...form, visibility: e.target.value as CommunityVisibility })}
        >
          <option value="PUBLIC">Public: anyone can join</option>
          <option value="PRIVATE">Private: moderators approve requests</option>
        </select>
      </div>
      {errors.form && (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="row">
        <button type="submit" disabled={loading}>
          Create community
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function CommunitiesPage() {
  const { viewer } = useSession();
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const { data, error, loading, refetch, fetchMore } = useQuery(CommunitiesQuery, {
    variables: query ? { query } : {},
    notifyOnNetworkStatusChange: true,
  });
  const list = data?.communities;

  return (
    <section>
      <div className="row spread">
        <h1>Communities</h1>
        {viewer && !creating && (
          <button type="button" className="secondary" onClick={() => setCreating(true)}>
            New community
          </button>
        )}
      </div>
      {creating && <CreateCommunityForm onCancel={() => setCreating(false)} />}
      <form
        role="search"
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          setQuery(draft.trim());
        }}
      >
        <div className="grow">
          <TextField label="Search communities" type="search" value={draft} onChange={(e) => setDraft(e.target.value)} />
        </div>
        <button type="submit">Search</button>
      </form>
      {error && !data ? (
        <ErrorState error={error} retry={() => void refetch()} />
      ) : !list ? (
        <Loading />
      ) : list.nodes.length === 0 ? (
        <Empty>{query ? `No community matches “${query}”.` : 'No communities yet.'}</Empty>
      ) : (
        <ul className="list">
          {list.nodes.map((community) => (
            <li key={community.id} className="card row spread">
              <div>
                <h2 className="card-title">
                  <Link to="/c/$slug" params={{ slug: community.slug }}>
                    {community.name}
                  </Link>
                </h2>
                {community.description && <p>{community.description}</p>}
                <p className="muted">
                  {community.visibility === 'PRIVATE' ? 'Private' : 'Public'} · {community.memberCount} members
                </p>
              </div>
              <JoinButton community={community} />
            </li>
          ))}
        </ul>
      )}
      <LoadMore
        hasMore={list?.pageInfo.hasNextPage ?? false}
        loading={loading}
        onLoadMore={() => {
          const after = list?.pageInfo.endCursor;
          if (after) void fetchMore({ variables: { ...(query ? { query } : {}), after } });
        }}
      />
    </section>
  );
}
