import { describe, expect, it } from 'vitest';
import { actorsPhrase, notificationText } from './notification-text';

const people = (...names: string[]) => names.map((displayName) => ({ displayName }));

describe('notificationText', () => {
  it('groups actors as the issue shows: "Ana and 4 others cheered your update"', () => {
    expect(
      notificationText({ type: 'POST_REACTION', actorCount: 5, actors: people('Ana', 'Bo', 'Cy', 'Di', 'Ed'), post: { kind: 'UPDATE' } }),
    ).toBe('Ana and 4 others cheered your update');
  });

  it('names one or two actors, and says "1 other" never "1 others"', () => {
    expect(actorsPhrase(1, people('Ana'))).toBe('Ana');
    expect(actorsPhrase(2, people('Ana', 'Marcus'))).toBe('Ana and Marcus');
    expect(actorsPhrase(2, people('Ana'))).toBe('Ana and 1 other');
  });

  it('says what happened to what', () => {
    expect(notificationText({ type: 'POST_COMMENT', actorCount: 1, actors: people('Li'), post: { kind: 'MILESTONE' } })).toBe(
      'Li commented on your milestone',
    );
    expect(
      notificationText({ type: 'MEMBERSHIP_REQUEST', actorCount: 3, actors: people('Li', 'Mo', 'Ny'), community: { name: 'Rustaceans' } }),
    ).toBe('Li and 2 others asked to join Rustaceans');
    expect(notificationText({ type: 'NEW_FOLLOWER', actorCount: 1, actors: people('Li') })).toBe('Li followed you');
  });
});
