import { useQuery } from '@apollo/client/react';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { JoinButton } from '../../ui/community/JoinButton';
import { RichText } from '../../ui/RichText';
import { NewThreadForm } from '../../ui/NewThreadForm';
import { ErrorState, Loading, NotFound } from '../../ui/states';
import { CommunityFeed, CommunityThreads } from './CommunityContent';
import { CommunityQuery } from './community-queries';
import { BansPanel, MembersPanel, RequestsPanel } from './MembersPanel';
import { ModerationLogPanel, ReportsPanel } from './ModerationPanels';

type Tab = 'feed' | 'threads' | 'members' | 'requests' | 'bans' | 'reports' | 'log';

export function CommunityPage() {
  const { slug } = useParams({ from: '/c/$slug' });
  const { data, error, refetch } = useQuery(CommunityQuery, { variables: { slug } });
  const [tab, setTab] = useState<Tab>('feed');
  const [startingThread, setStartingThread] = useState(false);

  if (error && !data) return <ErrorState error={error} retry={() => void refetch()} />;
  if (!data) return <Loading label="Loading community…" />;
  const community = data.community;
  if (!community) return <NotFound what="This community" />;
  const membership = community.viewerMembership;
  const active = membership?.status === 'ACTIVE';
  const moderator = active && (membership.role === 'MODERATOR' || membership.role === 'OWNER');
  const tabs: { id: Tab; label: string }[] = [
    { id: 'feed', label: 'Feed' },
    { id: 'threads', label: 'Threads' },
    { id: 'members', label: `Members (${community.memberCount})` },
    ...(moderator
      ? ([
          { id: 'requests', label: 'Requests' },
          { id: 'bans', label: 'Bans' },
          { id: 'reports', label: 'Reports' },
          { id: 'log', label: 'Moderation log' },
        ] as const)
      : []),
  ];

  return (
    <section>
      <div className="profile-head">
        <div>
          <h1>{community.name}</h1>
          <p className="muted">
            {community.visibility === 'PRIVATE' ? 'Private' : 'Public'} community · {community.memberCount} members
          </p>
        </div>
        <JoinButton community={community} />
      </div>
      {community.description && <RichText body={community.description} />}
      {active &&
        (startingThread ? (
          <NewThreadForm communityId={community.id} onCancel={() => setStartingThread(false)} />
        ) : (
          <button type="button" className="secondary" onClick={() => setStartingThread(true)}>
            New thread here
          </button>
        ))}
      <div className="tabs" role="tablist" aria-label="Community sections">
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            aria-controls="community-panel"
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div id="community-panel" role="tabpanel">
        {tab === 'feed' && <CommunityFeed slug={slug} />}
        {tab === 'threads' && <CommunityThreads slug={slug} />}
        {tab === 'members' && <MembersPanel slug={slug} communityId={community.id} moderator={moderator} viewerRole={membership?.role} />}
        {tab === 'requests' && moderator && <RequestsPanel slug={slug} />}
        {tab === 'bans' && moderator && <BansPanel slug={slug} communityId={community.id} />}
        {tab === 'reports' && moderator && <ReportsPanel slug={slug} />}
        {tab === 'log' && moderator && <ModerationLogPanel slug={slug} />}
      </div>
    </section>
  );
}
