import { useQuery } from '@apollo/client/react';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useSession } from '../../session/SessionProvider';
import { NewThreadForm } from '../../ui/NewThreadForm';
import { Empty, ErrorState, Loading, NotFound } from '../../ui/states';
import { Time } from '../../ui/Time';
import { EditProfileForm } from './EditProfileForm';
import { People } from './People';
import { ProfileQuery } from './profile-queries';
import { RelationButtons } from './RelationButtons';

type Tab = 'threads' | 'followers' | 'following';

export function ProfilePage() {
  const { handle } = useParams({ from: '/u/$handle' });
  const { viewer } = useSession();
  const { data, error, refetch } = useQuery(ProfileQuery, { variables: { handle } });
  const [editing, setEditing] = useState(false);
  const [startingThread, setStartingThread] = useState(false);
  const [tab, setTab] = useState<Tab>('threads');

  if (error && !data) return <ErrorState error={error} retry={() => void refetch()} />;
  if (!data) return <Loading label="Loading profile…" />;
  const user = data.user;
  if (!user) return <NotFound what="This member" />;
  const mine = viewer?.id === user.id;
  const tabs: { id: Tab; label: string }[] = [
    { id: 'threads', label: `Threads` },
    { id: 'followers', label: `Followers (${user.followerCount})` },
    { id: 'following', label: `Following (${user.followingCount})` },
  ];

  return (
    <section>
      <div className="profile-head">
        <div className="row">
          <span className="avatar" aria-hidden="true">
            {user.displayName.slice(0, 1).toUpperCase()}
          </span>
          <div>
            <h1>{user.displayName}</h1>
            <p className="muted">
              @{user.handle} · {user.timezone}
            </p>
          </div>
        </div>
        {mine
          ? !editing && (
              <button type="button" className="secondary" onClick={() => setEditing(true)}>
                Edit profile
              </button>
            )
          : viewer && <RelationButtons user={user} />}
      </div>
      {user.viewerHasBlocked && <p className="muted">You blocked this member: you do not see each other’s posts.</p>}
      {user.viewerHasMuted && <p className="muted">Muted: their posts stay out of your feed.</p>}
      {editing ? (
        <EditProfileForm user={user} onDone={() => setEditing(false)} />
      ) : (
        <>
          {user.headline && <p className="headline">{user.headline}</p>}
          {user.bio && <p className="rich-text">{user.bio}</p>}
          {user.skills.length > 0 && (
            <>
              <h2>Skills</h2>
              <ul className="chips" aria-label="Skills">
                {user.skills.map((skill) => (
                  <li key={skill} className="chip">
                    {skill}
                  </li>
                ))}
              </ul>
            </>
          )}
          {user.interests.length > 0 && (
            <>
              <h2>Interests</h2>
              <ul className="chips" aria-label="Interests">
                {user.interests.map((interest) => (
                  <li key={interest} className="chip">
                    {interest}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="muted">
            Member since <Time iso={user.createdAt} />
          </p>
        </>
      )}
      <div className="tabs" role="tablist" aria-label="Profile sections">
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            aria-controls="profile-panel"
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div id="profile-panel" role="tabpanel">
        {tab === 'threads' && (
          <>
            {mine &&
              (startingThread ? (
                <NewThreadForm onCancel={() => setStartingThread(false)} />
              ) : (
                <button type="button" className="secondary" onClick={() => setStartingThread(true)}>
                  New thread
                </button>
              ))}
            {user.threads.nodes.length === 0 ? (
              <Empty>No growth threads yet.</Empty>
            ) : (
              <ul className="list">
                {user.threads.nodes.map((thread) => (
                  <li key={thread.id} className="card">
                    <h3>
                      <Link to="/threads/$id" params={{ id: thread.id }}>
                        {thread.title}
                      </Link>
                    </h3>
                    {thread.goal && <p>{thread.goal}</p>}
                    <p className="muted">
                      {thread.status.toLowerCase()} · {thread.postCount} posts · streak {thread.currentStreak} · updated{' '}
                      <Time iso={thread.updatedAt} />
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
        {tab === 'followers' && <People handle={user.handle} followers />}
        {tab === 'following' && <People handle={user.handle} followers={false} />}
      </div>
    </section>
  );
}
