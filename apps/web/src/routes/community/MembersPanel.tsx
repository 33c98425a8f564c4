import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import type { CommunityRole, MembershipStatus } from '../../graphql/graphql';
import { useSession } from '../../session/SessionProvider';
import { Empty, ErrorState, Loading } from '../../ui/states';
import { Time } from '../../ui/Time';
import {
  BanMemberMutation,
  CommunityMembersQuery,
  ReviewMembershipMutation,
  SetMemberRoleMutation,
  UnbanMemberMutation,
} from './community-queries';

interface PanelProps {
  slug: string;
  communityId: string;
  /** The viewer moderates (MODERATOR or OWNER): show the tools. */
  moderator: boolean;
  viewerRole?: CommunityRole | undefined;
}

const roleLabel: Record<CommunityRole, string> = { OWNER: 'Owner', MODERATOR: 'Moderator', MEMBER: 'Member' };

function useMembers(slug: string, status: MembershipStatus) {
  return useQuery(CommunityMembersQuery, { variables: { slug, status } });
}

/** Active members; moderators can change roles and ban. */
export function MembersPanel({ slug, communityId, moderator, viewerRole }: PanelProps) {
  const { viewer } = useSession();
  const { data, error } = useMembers(slug, 'ACTIVE');
  const refetchQueries = ['CommunityMembers', 'Community'];
  const [setRole] = useMutation(SetMemberRoleMutation, { refetchQueries });
  const [ban] = useMutation(BanMemberMutation, { refetchQueries });
  if (error && !data) return <ErrorState error={error} />;
  const members = data?.community?.members.nodes;
  if (!members) return <Loading />;
  if (members.length === 0) return <Empty>No members yet.</Empty>;
  return (
    <ul className="list">
      {members.map((m) => {
        const manageable = moderator && m.user.id !== viewer?.id && m.role !== 'OWNER' && (viewerRole === 'OWNER' || m.role === 'MEMBER');
        return (
          <li key={m.id} className="card row spread">
            <div>
              <Link to="/u/$handle" params={{ handle: m.user.handle }} className="author">
                {m.user.displayName}
              </Link>{' '}
              <span className="chip">{roleLabel[m.role]}</span>
            </div>
            {manageable && (
              <div className="row">
                <label className="visually-hidden" htmlFor={`role-${m.id}`}>
                  Role of {m.user.displayName}
                </label>
                <select
                  id={`role-${m.id}`}
                  value={m.role}
                  onChange={(e) =>
                    void setRole({ variables: { communityId, userId: m.user.id, role: e.target.value as CommunityRole } }).catch(
                      () => undefined,
                    )
                  }
                >
                  <option value="MEMBER">Member</option>
                  <option value="MODERATOR">Moderator</option>
                </select>
                <button
                  type="button"
                  className="danger"
                  aria-label={`Ban ${m.user.displayName}`}
                  onClick={() => void ban({ variables: { communityId, userId: m.user.id } }).catch(() => undefined)}
                >
                  Ban
                </button>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Join requests waiting for a moderator (private communities). */
export function RequestsPanel({ slug }: { slug: string }) {
  const { data, error } = useMembers(slug, 'PENDING');
  const [review] = useMutation(ReviewMembershipMutation, { refetchQueries: ['CommunityMembers', 'Community'] });
  if (error && !data) return <ErrorState error={error} />;
  const pending = data?.community?.members.nodes;
  if (!pending) return <Loading />;
  if (pending.length === 0) return <Empty>No pending requests.</Empty>;
  return (
    <ul className="list" aria-label="Pending requests">
      {pending.map((m) => (
        <li key={m.id} className="card row spread">
          <div>
            <Link to="/u/$handle" params={{ handle: m.user.handle }} className="author">
              {m.user.displayName}
            </Link>{' '}
            <span className="muted">
              asked <Time iso={m.createdAt} />
            </span>
          </div>
          <div className="row">
            <button
              type="button"
              aria-label={`Approve ${m.user.displayName}`}
              onClick={() => void review({ variables: { membershipId: m.id, approve: true } }).catch(() => undefined)}
            >
              Approve
            </button>
            <button
              type="button"
              className="secondary"
              aria-label={`Reject ${m.user.displayName}`}
              onClick={() => void review({ variables: { membershipId: m.id, approve: false } }).catch(() => undefined)}
            >
              Reject
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}

/** Banned members, with unban. */
export function BansPanel({ slug, communityId }: { slug: string; communityId: string }) {
  const { data, error } = useMembers(slug, 'BANNED');
  const [unban] = useMutation(UnbanMemberMutation, { refetchQueries: ['CommunityMembers'] });
  if (error && !data) return <ErrorState error={error} />;
  const banned = data?.community?.members.nodes;
  if (!banned) return <Loading />;
  if (banned.length === 0) return <Empty>Nobody is banned.</Empty>;
  return (
    <ul className="list" aria-label="Banned members">
      {banned.map((m) => (
        <li key={m.id} className="card row spread">
          <span className="author">{m.user.displayName}</span>
          <button
            type="button"
            className="secondary"
            aria-label={`Unban ${m.user.displayName}`}
            onClick={() => void unban({ variables: { communityId, userId: m.user.id } }).catch(() => undefined)}
          >
            Unban
          </button>
        </li>
      ))}
    </ul>
  );
}
