import { useMutation } from '@apollo/client/react';
import { HandHeart, Lightbulb, PartyPopper, ThumbsUp, type LucideIcon } from 'lucide-react';
import { graphql } from '../../graphql';
import type { PostCardFieldsFragment, ReactionType } from '../../graphql/graphql';
import { useSession } from '../../session/SessionProvider';

const REACTIONS: { type: ReactionType; label: string; Icon: LucideIcon }[] = [
  { type: 'CHEER', label: 'Cheer', Icon: ThumbsUp },
  { type: 'CELEBRATE', label: 'Celebrate', Icon: PartyPopper },
  { type: 'SUPPORT', label: 'Support', Icon: HandHeart },
  { type: 'INSIGHTFUL', label: 'Insightful', Icon: Lightbulb },
];

const ReactMutation = graphql(`
  mutation React($postId: ID!, $type: ReactionType!) {
    react(postId: $postId, type: $type) {
      id
      viewerReactions
      reactions {
        type
        count
      }
    }
  }
`);

const UnreactMutation = graphql(`
  mutation Unreact($postId: ID!, $type: ReactionType!) {
    unreact(postId: $postId, type: $type) {
      id
      viewerReactions
      reactions {
        type
        count
      }
    }
  }
`);

/** Each button is named "Cheer (3)": its count is in its name; aria-pressed says whether the viewer gave it. */
export function Reactions({ post }: { post: Pick<PostCardFieldsFragment, 'id' | 'reactions' | 'viewerReactions'> }) {
  const { viewer } = useSession();
  const [react] = useMutation(ReactMutation);
  const [unreact] = useMutation(UnreactMutation);
  return (
    <div className="reactions" role="group" aria-label="Reactions">
      {REACTIONS.map(({ type, label, Icon }) => {
        const count = post.reactions.find((r) => r.type === type)?.count ?? 0;
        const given = post.viewerReactions.includes(type);
        return (
          <button
            key={type}
            type="button"
            className="reaction"
            aria-pressed={given}
            disabled={!viewer}
            title={viewer ? label : 'Sign in to react'}
            onClick={() => {
              const options = { variables: { postId: post.id, type } };
              void (given ? unreact(options) : react(options)).catch(() => undefined);
            }}
          >
            <Icon aria-hidden="true" size={16} />
            {/* The name reads "Cheer (3)": the word for screen readers, the count for everyone. */}
            <span className="visually-hidden">{label} (</span>
            <span>{count}</span>
            <span className="visually-hidden">)</span>
          </button>
        );
      })}
    </div>
  );
}
