import { readFromRebuild, toFeedPage, toWindow, windowSize } from './feed-window';

const posts = (...ids: number[]) => ids.map((id) => ({ id: String(id) }));

describe('the home feed window', () => {
  it('reads the page, one more, and slack for entries filtered out', () => {
    expect(windowSize(1)).toBe(3);
    expect(windowSize(20)).toBe(31);
    expect(windowSize(100)).toBe(151);
  });

  it('has a floor only when the timeline goes on past it', () => {
    expect(toWindow(['9', '8', '7', '6'], 3)).toEqual({ ids: ['9', '8', '7'], floor: '7' });
    expect(toWindow(['9', '8', '7'], 3)).toEqual({ ids: ['9', '8', '7'], floor: null });
    expect(toWindow([], 3)).toEqual({ ids: [], floor: null });
  });

  it('reads a fresh rebuild as Redis would have: below the cursor, newest first, numerically', () => {
    const rebuilt = ['100', '99', '12', '9', '1'];
    expect(readFromRebuild(rebuilt, null, 3)).toEqual(['100', '99', '12']);
    expect(readFromRebuild(rebuilt, '12', 3)).toEqual(['9', '1']);
    expect(readFromRebuild(rebuilt, '100', 2)).toEqual(['99', '12']);
  });
});

describe('toFeedPage', () => {
  it('ends at the last item when more visible posts follow in the window', () => {
    expect(toFeedPage(posts(9, 8, 7), 2, { ids: [], floor: null })).toEqual({ items: posts(9, 8), hasNextPage: true, endCursor: '8' });
  });

  it('ends at the floor when filtered entries left the page short but the timeline goes on', () => {
    expect(toFeedPage(posts(9), 2, { ids: ['9', '8', '7'], floor: '7' })).toEqual({ items: posts(9), hasNextPage: true, endCursor: '7' });
    expect(toFeedPage([], 2, { ids: ['9', '8', '7'], floor: '7' })).toEqual({ items: [], hasNextPage: true, endCursor: '7' });
  });

  it('is the last page when the timeline ended inside the window', () => {
    expect(toFeedPage(posts(9, 8), 2, { ids: ['9', '8'], floor: null })).toEqual({
      items: posts(9, 8),
      hasNextPage: false,
      endCursor: '8',
    });
    expect(toFeedPage([], 2, { ids: [], floor: null })).toEqual({ items: [], hasNextPage: false, endCursor: null });
  });
});
