import { useMutation } from '@apollo/client/react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { graphql } from '../graphql';
import { formErrors } from './graphql-errors';
import { TextArea, TextField } from './TextField';

const CreateThreadMutation = graphql(`
  mutation CreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      id
      title
    }
  }
`);

/** Starts a growth thread (optionally in a community) and opens it. */
export function NewThreadForm({ communityId, onCancel }: { communityId?: string; onCancel?: () => void }) {
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [goal, setGoal] = useState('');
  const [createThread, { loading, error }] = useMutation(CreateThreadMutation, { refetchQueries: ['Viewer'] });
  const errors = formErrors(error);
  return (
    <form
      className="card stack"
      aria-label="New growth thread"
      onSubmit={(event) => {
        event.preventDefault();
        const input = { title, ...(goal.trim() ? { goal } : {}), ...(communityId ? { communityId } : {}) };
        void createThread({ variables: { input } })
          .then(({ data }) => data && navigate({ to: '/threads/$id', params: { id: data.createThread.id } }))
          .catch(() => undefined);
      }}
    >
      <h2>Start a growth thread</h2>
      <TextField
        label="Title"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.fields['title']}
        maxLength={140}
        required
      />
      <TextArea label="Goal" value={goal} onChange={(e) => setGoal(e.target.value)} error={errors.fields['goal']} maxLength={2000} />
      {errors.form && (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="row">
        <button type="submit" disabled={loading}>
          Create thread
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
