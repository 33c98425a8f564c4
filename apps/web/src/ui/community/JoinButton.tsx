import { useMutation } from '@apollo/client/react';
import { graphql } from '../../graphql';
import type { CommunityVisibility, MembershipStatus } from '../../graphql/graphql';
import { useSession } from '../../session/SessionProvider';

const JoinMutation = graphql(`
  mutation JoinCommunity($communityId: ID!) {
    joinCommunity(communityId: $communityId) {
      id
      role
      status
      community {
        id
        memberCount
        viewerMembership {
          id
          role
          status
        }
      }
    }
  }
`);

const LeaveMutation = graphql(`
  mutation LeaveCommunity($communityId: ID!) {
    leaveCommunity(communityId: $communityId)
  }
`);

interface JoinButtonProps {
  community: {
    id: string;
    name: string;
    visibility: CommunityVisibility;
    viewerMembership?: { status: MembershipStatus; role: string } | null;
  };
}

/** Join (public), Request to join (private), then Pending or Leave. */
export function JoinButton({ community }: JoinButtonProps) {
  const { viewer } = useSession();
  const [join, joining] = useMutation(JoinMutation, { variables: { communityId: community.id } });
  const [leave, leaving] = useMutation(LeaveMutation, {
    variables: { communityId: community.id },
    update: (cache) => {
      cache.modify({ id: cache.identify({ __typename: 'Community', id: community.id }), fields: { viewerMembership: () => null } });
    },
    refetchQueries: ['Community'],
  });
  if (!viewer) return null;
  const membership = community.viewerMembership;
  if (membership?.status === 'BANNED') return <span className="muted">Banned</span>;
  if (membership?.status === 'PENDING') return <span className="chip">Request pending</span>;
  if (membership?.status === 'ACTIVE') {
    if (membership.role === 'OWNER') return <span className="chip">Owner</span>;
    return (
      <button
        type="button"
        className="secondary"
        disabled={leaving.loading}
        onClick={() => void leave().catch(() => undefined)}
        aria-label={`Leave ${community.name}`}
      >
        Leave
      </button>
    );
  }
  const label = community.visibility === 'PRIVATE' ? 'Request to join' : 'Join';
  return (
    <div className="row">
      <button
        type="button"
        disabled={joining.loading}
        onClick={() => void join().catch(() => undefined)}
        aria-label={`${label} ${community.name}`}
      >
        {label}
      </button>
      {joining.error && (
        <span className="field-error" role="alert">
          {joining.error.message}
        </span>
      )}
    </div>
  );
}
