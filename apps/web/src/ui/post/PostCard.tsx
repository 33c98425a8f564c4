import { useMutation } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { graphql } from '../../graphql';
import type { PostCardFieldsFragment } from '../../graphql/graphql';
import { useSession } from '../../session/SessionProvider';
import { formErrors } from '../graphql-errors';
import { RichText } from '../RichText';
import { TextArea } from '../TextField';
import { Time } from '../Time';
import { kindLabel } from './post-fields';
import { Reactions } from './Reactions';

const EditPostMutation = graphql(`
  mutation EditPost($id: ID!, $body: String!) {
    editPost(id: $id, body: $body) {
      ...PostCardFields
    }
  }
`);

const DeletePostMutation = graphql(`
  mutation DeletePost($id: ID!) {
    deletePost(id: $id)
  }
`);

interface PostCardProps {
  post: PostCardFieldsFragment;
  /** Hide the thread link on the thread's own page. */
  showThread?: boolean;
  children?: ReactNode;
}

export function PostCard({ post, showThread = true, children }: PostCardProps) {
  const { viewer } = useSession();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(post.body);
  const [deleted, setDeleted] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [editPost, edit] = useMutation(EditPostMutation);
  const [deletePost, removal] = useMutation(DeletePostMutation);
  const mine = viewer?.id === post.author.id;
  const headingId = `post-${post.id}-author`;

  if (deleted) {
    return (
      <article className="post tombstone" aria-label="Deleted post">
        <p>This post was deleted.</p>
      </article>
    );
  }

  return (
    <article className="post" aria-labelledby={headingId} id={`post-${post.id}`}>
      <header>
        <Link to="/u/$handle" params={{ handle: post.author.handle }} className="author" id={headingId}>
          {post.author.displayName}
        </Link>
        <span className="muted">@{post.author.handle}</span>
        <span className={`kind kind-${post.kind}`}>{kindLabel[post.kind]}</span>
        <span className="muted">
          <Time iso={post.createdAt} />
          {post.editedAt && ' · edited'}
        </span>
      </header>
      {showThread && (
        <p className="muted">
          in{' '}
          <Link to="/threads/$id" params={{ id: post.thread.id }}>
            {post.thread.title}
          </Link>
        </p>
      )}
      {editing ? (
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            void editPost({ variables: { id: post.id, body: draft } })
              .then(() => setEditing(false))
              .catch(() => undefined);
          }}
        >
          <TextArea
            label="Edit post"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            error={formErrors(edit.error).fields['body'] ?? formErrors(edit.error).form ?? undefined}
            maxLength={10000}
          />
          <div className="row">
            <button type="submit" disabled={edit.loading}>
              Save
            </button>
            <button type="button" className="secondary" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <RichText body={post.body} mentions={post.mentions.map((m) => m.handle)} />
      )}
      <Reactions post={post} />
      <div className="row spread">
        {showThread ? (
          <Link to="/threads/$id" params={{ id: post.thread.id }} hash={`post-${post.id}`}>
            {post.commentCount === 1 ? '1 comment' : `${post.commentCount} comments`}
          </Link>
        ) : (
          <span />
        )}
        {mine && !editing && (
          <div className="row">
            <button
              type="button"
              className="quiet"
              onClick={() => {
                setDraft(post.body);
                setEditing(true);
              }}
            >
              Edit
            </button>
            {confirming ? (
              <>
                <button
                  type="button"
                  className="danger"
                  disabled={removal.loading}
                  onClick={() => {
                    void deletePost({ variables: { id: post.id } })
                      .then(() => setDeleted(true))
                      .catch(() => undefined);
                  }}
                >
                  Confirm delete
                </button>
                <button type="button" className="quiet" onClick={() => setConfirming(false)}>
                  Keep
                </button>
              </>
            ) : (
              <button type="button" className="quiet" onClick={() => setConfirming(true)}>
                Delete
              </button>
            )}
          </div>
        )}
      </div>
      {children}
    </article>
  );
}
