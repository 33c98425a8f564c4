import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { graphql } from '../../graphql';
import type { PostCardFieldsFragment } from '../../graphql/graphql';
import { formErrors } from '../graphql-errors';
import { MentionTextArea } from './MentionTextArea';
import { kindLabel, POST_KINDS, type PostKindName } from './post-fields';

const CreatePostMutation = graphql(`
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      ...PostCardFields
      thread {
        id
        postCount
        currentStreak
        longestStreak
      }
    }
  }
`);

interface ComposerProps {
  /** The viewer's threads to choose from; with one, no choice is shown. */
  threads: readonly { id: string; title: string }[];
  onPosted?: (post: PostCardFieldsFragment) => void;
}

export function Composer({ threads, onPosted }: ComposerProps) {
  const id = useId();
  const [threadId, setThreadId] = useState(threads[0]?.id ?? '');
  const [kind, setKind] = useState<PostKindName>('UPDATE');
  const [body, setBody] = useState('');
  const [createPost, { loading, error }] = useMutation(CreatePostMutation);
  const errors = formErrors(error);
  const chosen = threads.some((t) => t.id === threadId) ? threadId : (threads[0]?.id ?? '');

  return (
    <form
      className="card stack composer"
      aria-label="New post"
      onSubmit={(event) => {
        event.preventDefault();
        if (!body.trim() || !chosen) return;
        void createPost({ variables: { input: { threadId: chosen, kind, body } } })
          .then(({ data }) => {
            if (!data) return;
            setBody('');
            setKind('UPDATE');
            onPosted?.(data.createPost);
          })
          .catch(() => undefined);
      }}
    >
      {threads.length > 1 && (
        <div className="field">
          <label htmlFor={`${id}-thread`}>Thread</label>
          <select id={`${id}-thread`} value={chosen} onChange={(e) => setThreadId(e.target.value)}>
            {threads.map((thread) => (
              <option key={thread.id} value={thread.id}>
                {thread.title}
              </option>
            ))}
          </select>
        </div>
      )}
      <MentionTextArea label="Write a post" value={body} onChange={setBody} error={errors.fields['body']} maxLength={10000} />
      {errors.fields['threadId'] && <p className="field-error">{errors.fields['threadId']}</p>}
      {errors.form && (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="row spread">
        <div className="field field-inline">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as PostKindName)}>
            {POST_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel[k]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={loading || !body.trim()}>
          Post
        </button>
      </div>
    </form>
  );
}
