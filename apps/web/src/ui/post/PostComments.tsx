import { useMutation } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { graphql } from '../../graphql';
import type { CommentFieldsFragment } from '../../graphql/graphql';
import { useSession } from '../../session/SessionProvider';
import { formErrors } from '../graphql-errors';
import { LoadMore } from '../InfiniteList';
import { RichText } from '../RichText';
import { ErrorState, Loading } from '../states';
import { TextArea } from '../TextField';
import { Time } from '../Time';
import { useComments } from './useComments';

const AddCommentMutation = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      ...CommentFields
    }
  }
`);

const EditCommentMutation = graphql(`
  mutation EditComment($id: ID!, $body: String!) {
    editComment(id: $id, body: $body) {
      ...CommentFields
    }
  }
`);

const DeleteCommentMutation = graphql(`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id) {
      ...CommentFields
    }
  }
`);

type Place = (comment: CommentFieldsFragment) => void;

function CommentForm({
  postId,
  parentId,
  label,
  submit,
  place,
  onDone,
}: {
  postId: string;
  parentId?: string;
  label: string;
  submit: string;
  place: Place;
  onDone?: () => void;
}) {
  const [body, setBody] = useState('');
  const [addComment, { loading, error }] = useMutation(AddCommentMutation);
  const errors = formErrors(error);
  return (
    <form
      className="stack comment-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!body.trim()) return;
        void addComment({ variables: { input: { postId, body, ...(parentId ? { parentId } : {}) } } })
          .then(({ data }) => {
            if (!data) return;
            place(data.addComment);
            setBody('');
            onDone?.();
          })
          .catch(() => undefined);
      }}
    >
      <TextArea
        label={label}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        error={errors.fields['body'] ?? errors.form ?? undefined}
        maxLength={5000}
        rows={2}
      />
      <div className="row">
        <button type="submit" disabled={loading || !body.trim()}>
          {submit}
        </button>
        {onDone && (
          <button type="button" className="secondary" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

function CommentItem({
  comment,
  postId,
  place,
  replies,
}: {
  comment: CommentFieldsFragment;
  postId: string;
  place: Place;
  replies?: readonly CommentFieldsFragment[];
}) {
  const { viewer } = useSession();
  const [replying, setReplying] = useState(false);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(comment.body ?? '');
  const [editComment, edit] = useMutation(EditCommentMutation);
  const [deleteComment] = useMutation(DeleteCommentMutation);
  const mine = viewer && comment.author?.id === viewer.id && !comment.deletedAt;
  const name = comment.author?.displayName ?? 'a deleted comment';

  return (
    <li className="comment">
      {comment.deletedAt || !comment.author || comment.body === null || comment.body === undefined ? (
        <p className="tombstone">This comment was deleted.</p>
      ) : (
        <>
          <div className="row">
            <Link to="/u/$handle" params={{ handle: comment.author.handle }} className="author">
              {comment.author.displayName}
            </Link>
            <span className="muted">
              <Time iso={comment.createdAt} />
              {comment.editedAt && ' · edited'}
            </span>
          </div>
          {editing ? (
            <form
              className="stack"
              onSubmit={(event) => {
                event.preventDefault();
                void editComment({ variables: { id: comment.id, body: draft } })
                  .then(() => setEditing(false))
                  .catch(() => undefined);
              }}
            >
              <TextArea
                label="Edit comment"
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
                error={formErrors(edit.error).fields['body']}
                maxLength={5000}
                rows={2}
              />
              <div className="row">
                <button type="submit">Save</button>
                <button type="button" className="secondary" onClick={() => setEditing(false)}>
                  Cancel
                </button>
              </div>
            </form>
          ) : (
            <RichText body={comment.body} />
          )}
        </>
      )}
      <div className="row">
        {viewer && !comment.parent && !replying && (
          <button type="button" className="quiet" onClick={() => setReplying(true)} aria-label={`Reply to ${name}`}>
            Reply
          </button>
        )}
        {mine && !editing && (
          <>
            <button type="button" className="quiet" onClick={() => setEditing(true)}>
              Edit
            </button>
            <button
              type="button"
              className="quiet"
              onClick={() => void deleteComment({ variables: { id: comment.id } }).catch(() => undefined)}
            >
              Delete
            </button>
          </>
        )}
      </div>
      {replying && (
        <CommentForm
          postId={postId}
          parentId={comment.id}
          label={`Reply to ${name}`}
          submit="Reply"
          place={place}
          onDone={() => setReplying(false)}
        />
      )}
      {replies && replies.length > 0 && (
        <ul className="list replies" aria-label={`Replies to ${name}`}>
          {replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} postId={postId} place={place} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** A post's comments and one level of replies, live while shown. */
export function PostComments({ postId }: { postId: string }) {
  const { viewer } = useSession();
  const { query, place, loadMore } = useComments(postId);
  const comments = query.data?.post?.comments;
  return (
    <section className="comments" aria-label="Discussion">
      {query.error && !query.data ? (
        <ErrorState error={query.error} />
      ) : !comments ? (
        <Loading label="Loading comments…" />
      ) : (
        <>
          {comments.nodes.length === 0 && <p className="muted">No comments yet.</p>}
          <ul className="list">
            {comments.nodes.map((comment) => (
              <CommentItem key={comment.id} comment={comment} postId={postId} place={place} replies={comment.replies.nodes} />
            ))}
          </ul>
          <LoadMore hasMore={comments.pageInfo.hasNextPage} loading={query.loading} onLoadMore={loadMore} label="More comments" />
        </>
      )}
      {viewer && <CommentForm postId={postId} label="Comment" submit="Comment" place={place} />}
    </section>
  );
}
