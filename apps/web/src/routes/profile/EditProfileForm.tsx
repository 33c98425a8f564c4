import { useMutation } from '@apollo/client/react';
import { useId, useMemo, useState } from 'react';
import { formErrors } from '../../ui/graphql-errors';
import { TextArea, TextField } from '../../ui/TextField';
import { UpdateProfileMutation } from './profile-queries';
import { parseList, timeZones } from './time-zones';

interface Editable {
  displayName: string;
  headline?: string | null;
  bio?: string | null;
  skills: readonly string[];
  interests: readonly string[];
  timezone: string;
}

/** A field error for a list names the entry ("skills.2"); show it on the list's field. */
const listError = (fields: Record<string, string>, name: string) =>
  fields[name] ?? Object.entries(fields).find(([key]) => key.startsWith(`${name}.`))?.[1];

export function EditProfileForm({ user, onDone }: { user: Editable; onDone: () => void }) {
  const zonesId = useId();
  const zones = useMemo(timeZones, []);
  const [form, setForm] = useState({
    displayName: user.displayName,
    headline: user.headline ?? '',
    bio: user.bio ?? '',
    skills: user.skills.join(', '),
    interests: user.interests.join(', '),
    timezone: user.timezone,
  });
  const [updateProfile, { loading, error }] = useMutation(UpdateProfileMutation);
  const errors = formErrors(error);
  const set = (field: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [field]: event.target.value });

  return (
    <form
      className="card stack"
      aria-label="Edit profile"
      onSubmit={(event) => {
        event.preventDefault();
        const input = {
          displayName: form.displayName,
          headline: form.headline,
          bio: form.bio,
          skills: parseList(form.skills),
          interests: parseList(form.interests),
          timezone: form.timezone,
        };
        void updateProfile({ variables: { input } })
          .then(() => onDone())
          .catch(() => undefined);
      }}
    >
      <h2>Edit profile</h2>
      <TextField
        label="Display name"
        value={form.displayName}
        onChange={set('displayName')}
        error={errors.fields['displayName']}
        maxLength={80}
      />
      <TextField label="Headline" value={form.headline} onChange={set('headline')} error={errors.fields['headline']} maxLength={160} />
      <TextArea label="Bio" value={form.bio} onChange={set('bio')} error={errors.fields['bio']} maxLength={2000} />
      <TextField
        label="Skills"
        value={form.skills}
        onChange={set('skills')}
        error={listError(errors.fields, 'skills')}
        hint="Separated by commas"
      />
      <TextField
        label="Interests"
        value={form.interests}
        onChange={set('interests')}
        error={listError(errors.fields, 'interests')}
        hint="Separated by commas"
      />
      <TextField
        label="Time zone"
        value={form.timezone}
        onChange={set('timezone')}
        error={errors.fields['timezone']}
        list={zonesId}
        autoComplete="off"
        hint="Type to search, e.g. Lisbon or America/"
      />
      <datalist id={zonesId}>
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      {errors.form && (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="row">
        <button type="submit" disabled={loading}>
          Save profile
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
