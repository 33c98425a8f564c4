import { dataSourceOptions } from '@kindling/database/data-source';
import { UserEntity } from '@kindling/users';
import { DataSource } from 'typeorm';

export interface DatabaseState {
  /** Names of the migrations this run applied. */
  applied: string[];
  members: number;
  demoMemberExists: boolean;
}

/** Applies pending migrations, then reports what the seed decision and the banner need. */
export async function migrate(databaseUrl: string, demoEmail: string): Promise<DatabaseState> {
  const dataSource = new DataSource(dataSourceOptions(databaseUrl));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations();
    const users = dataSource.getRepository(UserEntity);
    return {
      applied: applied.map((m) => m.name),
      members: await users.count(),
      demoMemberExists: await users.existsBy({ email: demoEmail }),
    };
  } finally {
    await dataSource.destroy();
  }
}
