import { describe, expect, it } from 'vitest';
import { completeMention, mentionAtCaret } from './mention-query';

describe('mentionAtCaret', () => {
  it('finds the handle being typed before the caret', () => {
    expect(mentionAtCaret('thanks @an', 10)).toEqual({ query: 'an', start: 7 });
    expect(mentionAtCaret('@ma', 3)).toEqual({ query: 'ma', start: 0 });
  });

  it('ignores e-mail addresses and finished mentions', () => {
    expect(mentionAtCaret('me@host', 7)).toBeNull();
    expect(mentionAtCaret('@ana ', 5)).toBeNull();
  });
});

describe('completeMention', () => {
  it('replaces the partial handle and puts the caret after it', () => {
    expect(completeMention('hi @an and more', 6, 'ana_ribeiro')).toEqual({ text: 'hi @ana_ribeiro  and more', caret: 16 });
  });
});
