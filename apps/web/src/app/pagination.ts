import type { FieldPolicy, Reference } from '@apollo/client/cache';
import { isReference } from '@apollo/client/utilities';

export interface Connection {
  nodes: readonly (Reference | object)[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  [field: string]: unknown;
}

export const isConnection = (value: unknown): value is Connection =>
  typeof value === 'object' && value !== null && Array.isArray((value as { nodes?: unknown }).nodes);

const identity = (node: Reference | object) => (isReference(node) ? node.__ref : JSON.stringify(node));

/**
 * Merges one page of a keyset connection into what the cache holds. The first
 * page (no `after`) replaces the list; a later page appends the nodes not
 * already present (a post that moved between pages is not shown twice) and
 * takes the new pageInfo.
 */
export function mergeConnectionPage(existing: Connection | undefined, incoming: Connection, after: unknown): Connection {
  if (!existing || after === undefined || after === null) return incoming;
  const seen = new Set(existing.nodes.map(identity));
  const fresh = incoming.nodes.filter((node) => !seen.has(identity(node)));
  return { ...existing, ...incoming, nodes: [...existing.nodes, ...fresh], pageInfo: incoming.pageInfo };
}

/** Adds nodes at the top (new posts revealed by the banner), skipping ones already listed. */
export function prependToConnection<T extends Connection>(existing: T, nodes: readonly (Reference | object)[]): T {
  const seen = new Set(existing.nodes.map(identity));
  return { ...existing, nodes: [...nodes.filter((node) => !seen.has(identity(node))), ...existing.nodes] };
}

/** Relay-style field policy over `nodes` + `pageInfo`, one list per combination of keyArgs. */
export function connection(keyArgs: string[] | false = false): FieldPolicy<Connection> {
  return {
    keyArgs,
    merge: (existing, incoming, { args }) => mergeConnectionPage(existing, incoming, args?.['after']),
  };
}

/** Adds nodes at the end (a live comment or reply, oldest-first lists), skipping ones already listed. */
export function appendToConnection<T extends Connection>(existing: T, nodes: readonly (Reference | object)[]): T {
  const seen = new Set(existing.nodes.map(identity));
  return { ...existing, nodes: [...existing.nodes, ...nodes.filter((node) => !seen.has(identity(node)))] };
}
