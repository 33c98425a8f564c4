import { ThreadsService } from '@kindling/threads';
import type { Viewer } from '../graphql/context/viewer';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { Connection, toConnection } from '../graphql/pagination/connection.types';
import { decodeCursor, encodeCursor } from '../graphql/pagination/cursor';
import { GrowthThread } from './thread.object';

/** Threads listed on members and communities: newest first, only those the viewer may see. */
export async function listThreads(
  threads: ThreadsService,
  viewer: Viewer | null,
  filter: { authorId?: string; communityId?: string },
  args: ConnectionArgs,
): Promise<Connection<GrowthThread>> {
  const after = args.after ? decodeCursor(args.after, 1)[0] : undefined;
  const page = await threads.list(viewer?.userId ?? null, filter, { first: args.first, after });
  return toConnection(
    page,
    (t) => encodeCursor([t.id]),
    (t) => GrowthThread.from(t),
  );
}
