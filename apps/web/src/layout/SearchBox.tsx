import { useNavigate, useRouterState } from '@tanstack/react-router';
import { Search } from 'lucide-react';
import { useState } from 'react';

export function SearchBox() {
  const navigate = useNavigate();
  const current = useRouterState({
    select: (state) => (state.location.pathname === '/search' ? String(state.location.search['q'] ?? '') : ''),
  });
  const [query, setQuery] = useState(current);
  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        const q = query.trim();
        if (q) void navigate({ to: '/search', search: { q } });
      }}
    >
      <label htmlFor="site-search" className="visually-hidden">
        Search
      </label>
      <input
        id="site-search"
        type="search"
        placeholder="Search Kindling"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        maxLength={200}
      />
      <button type="submit" aria-label="Search" className="icon-button">
        <Search aria-hidden="true" size={18} />
      </button>
    </form>
  );
}
