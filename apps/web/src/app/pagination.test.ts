import { describe, expect, it } from 'vitest';
import { mergeConnectionPage, prependToConnection } from './pagination';

const ref = (id: string) => ({ __ref: `Post:${id}` });
const page = (ids: string[], endCursor: string | null, hasNextPage: boolean) => ({
  __typename: 'PostConnection',
  nodes: ids.map(ref),
  pageInfo: { endCursor, hasNextPage },
});

describe('mergeConnectionPage', () => {
  it('appends a later page and takes its pageInfo', () => {
    const merged = mergeConnectionPage(page(['3', '2'], 'c2', true), page(['1'], 'c1', false), 'c2');
    expect(merged.nodes).toEqual([ref('3'), ref('2'), ref('1')]);
    expect(merged.pageInfo).toEqual({ endCursor: 'c1', hasNextPage: false });
  });

  it('never lists a node twice when one moved between pages', () => {
    const merged = mergeConnectionPage(page(['3', '2'], 'c2', true), page(['2', '1'], 'c1', false), 'c2');
    expect(merged.nodes).toEqual([ref('3'), ref('2'), ref('1')]);
  });

  it('lets a first page (no after) replace what was there', () => {
    const merged = mergeConnectionPage(page(['3', '2'], 'c2', true), page(['4', '3'], 'c3', true), undefined);
    expect(merged.nodes).toEqual([ref('4'), ref('3')]);
  });
});

describe('prependToConnection', () => {
  it('puts new nodes on top, skipping those already shown', () => {
    const merged = prependToConnection(page(['2', '1'], 'c1', false), [ref('4'), ref('3'), ref('2')]);
    expect(merged.nodes).toEqual([ref('4'), ref('3'), ref('2'), ref('1')]);
    expect(merged.pageInfo.endCursor).toBe('c1');
  });
});
