import { render, screen } from '@testing-library/react';
import { createMemoryHistory, createRootRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { describe, expect, it } from 'vitest';
import { RichText } from './RichText';
import { segmentText } from './rich-text';

describe('segmentText', () => {
  it('finds http(s) links, mentions and tags with the API rules', () => {
    expect(segmentText('Day 3 with @ana_b on #Rust: see https://rust-lang.org/learn. Done!')).toEqual([
      { kind: 'text', text: 'Day 3 with ' },
      { kind: 'mention', text: '@ana_b', handle: 'ana_b' },
      { kind: 'text', text: ' on ' },
      { kind: 'tag', text: '#Rust', tag: 'rust' },
      { kind: 'text', text: ': see ' },
      { kind: 'link', text: 'https://rust-lang.org/learn', href: 'https://rust-lang.org/learn' },
      { kind: 'text', text: '. Done!' },
    ]);
  });

  it('keeps other schemes as text', () => {
    expect(segmentText('javascript://%0aalert(1) data://x ftp://host/file')).toEqual([
      { kind: 'text', text: 'javascript://%0aalert(1) data://x ftp://host/file' },
    ]);
  });

  it('does not read an e-mail address or a URL anchor as a mention or tag', () => {
    const kinds = segmentText('mail me@host.dev or https://x.dev/#frag/@path').map((s) => s.kind);
    expect(kinds).toEqual(['text', 'link']);
  });

  it('links only the handles the API resolved when given them', () => {
    expect(segmentText('@real and @ghost', { mentions: ['real'] }).map((s) => s.kind)).toEqual(['mention', 'text']);
  });
});

function renderInRouter(ui: React.ReactNode) {
  const rootRoute = createRootRoute({ component: () => ui });
  const router = createRouter({ routeTree: rootRoute, history: createMemoryHistory() });
  return render(<RouterProvider router={router} />);
}

describe('RichText', () => {
  it('renders markup in user text as text, never as HTML', async () => {
    const { container } = renderInRouter(<RichText body={'<img src=x onerror=alert(1)> <b>bold</b>'} />);
    expect(await screen.findByText('<img src=x onerror=alert(1)> <b>bold</b>')).toBeTruthy();
    expect(container.querySelector('img, b')).toBeNull();
  });

  it('gives links rel="noopener nofollow ugc" and turns mentions and tags into in-app links', async () => {
    renderInRouter(<RichText body="ship it @ana #wasm http://example.com/a" />);
    const external = await screen.findByRole('link', { name: 'http://example.com/a' });
    expect(external.getAttribute('href')).toBe('http://example.com/a');
    expect(external.getAttribute('rel')).toBe('noopener nofollow ugc');
    expect(screen.getByRole('link', { name: '@ana' }).getAttribute('href')).toBe('/u/ana');
    expect(screen.getByRole('link', { name: '#wasm' }).getAttribute('href')).toBe('/tags/wasm');
  });
});
