import { INestApplicationContext } from '@nestjs/common';

export interface SeedContext {
  /** The real services, resolved with `app.get(Service)`. */
  app: INestApplicationContext;
  /** Member ids by handle, filled by the members step for the steps after it. */
  members: Map<string, string>;
  /** Community ids by slug, filled by the communities step. */
  communities: Map<string, string>;
}

/** One slice of demo data, written through the services that own it (never raw SQL). */
export interface SeedStep {
  name: string;
  /** Returns a one-line summary of what it wrote. */
  run(context: SeedContext): Promise<string>;
}

export function memberId(context: SeedContext, handle: string): string {
  const id = context.members.get(handle);
  if (!id) throw new Error(`seed: no demo member @${handle}`);
  return id;
}
