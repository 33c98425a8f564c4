import { useQuery } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { graphql } from '../../graphql';
import { completeMention, mentionAtCaret } from './mention-query';

const MentionSuggestions = graphql(`
  query MentionSuggestions($query: String!) {
    search(query: $query, limit: 5) {
      users {
        id
        handle
        displayName
      }
    }
  }
`);

interface MentionTextAreaProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  maxLength?: number;
}

/** A textarea that offers members while an @handle is typed (arrows to choose, Enter or Tab to pick, Escape to close). */
export function MentionTextArea({ label, value, onChange, error, maxLength }: MentionTextAreaProps) {
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const mention = mentionAtCaret(value, caret);
  const query = mention && mention.query.length >= 2 && mention.query !== dismissed ? mention.query : null;
  const { data } = useQuery(MentionSuggestions, { variables: { query: query ?? '' }, skip: !query });
  const users = query ? (data?.search.users ?? []) : [];
  const open = users.length > 0;

  const pick = (handle: string) => {
    const done = completeMention(value, caret, handle);
    if (!done) return;
    onChange(done.text);
    setCaret(done.caret);
    requestAnimationFrame(() => area.current?.setSelectionRange(done.caret, done.caret));
  };

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        ref={area}
        value={value}
        maxLength={maxLength}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${id}-mentions`}
        aria-activedescendant={open ? `${id}-mention-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          onChange(event.target.value);
          setCaret(event.target.selectionStart);
          setActive(0);
          setDismissed(null);
        }}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
        onKeyDown={(event) => {
          if (!open) return;
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setActive((active + step + users.length) % users.length);
          } else if (event.key === 'Enter' || event.key === 'Tab') {
            const user = users[active];
            if (user) {
              event.preventDefault();
              pick(user.handle);
            }
          } else if (event.key === 'Escape') {
            setDismissed(query);
          }
        }}
      />
      <ul id={`${id}-mentions`} role="listbox" aria-label="Members to mention" className="suggestions" hidden={!open}>
        {users.map((user, index) => (
          <li
            key={user.id}
            id={`${id}-mention-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => {
              event.preventDefault();
              pick(user.handle);
            }}
          >
            {user.displayName} <span className="muted">@{user.handle}</span>
          </li>
        ))}
      </ul>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
