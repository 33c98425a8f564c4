import { useMutation } from '@apollo/client/react';
import { BlockMutation, FollowMutation, MuteMutation, UnblockMutation, UnfollowMutation, UnmuteMutation } from './profile-queries';

interface Relation {
  id: string;
  displayName: string;
  viewerIsFollowing: boolean;
  viewerHasBlocked: boolean;
  viewerHasMuted: boolean;
}

export function RelationButtons({ user }: { user: Relation }) {
  const variables = { userId: user.id };
  const [follow, following] = useMutation(FollowMutation, { variables });
  const [unfollow, unfollowing] = useMutation(UnfollowMutation, { variables });
  const [block] = useMutation(BlockMutation, { variables, refetchQueries: ['HomeFeed'] });
  const [unblock] = useMutation(UnblockMutation, { variables });
  const [mute] = useMutation(MuteMutation, { variables, refetchQueries: ['HomeFeed'] });
  const [unmute] = useMutation(UnmuteMutation, { variables });
  const run = (action: () => Promise<unknown>) => void action().catch(() => undefined);
  return (
    <div className="row" role="group" aria-label={`Your relation to ${user.displayName}`}>
      {!user.viewerHasBlocked &&
        (user.viewerIsFollowing ? (
          <button type="button" className="secondary" disabled={unfollowing.loading} onClick={() => run(unfollow)}>
            Unfollow
          </button>
        ) : (
          <button type="button" disabled={following.loading} onClick={() => run(follow)}>
            Follow
          </button>
        ))}
      {user.viewerHasMuted ? (
        <button type="button" className="quiet" onClick={() => run(unmute)}>
          Unmute
        </button>
      ) : (
        <button type="button" className="quiet" onClick={() => run(mute)}>
          Mute
        </button>
      )}
      {user.viewerHasBlocked ? (
        <button type="button" className="quiet" onClick={() => run(unblock)}>
          Unblock
        </button>
      ) : (
        <button type="button" className="quiet" onClick={() => run(block)}>
          Block
        </button>
      )}
    </div>
  );
}
