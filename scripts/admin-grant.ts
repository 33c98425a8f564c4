import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@kindling/database/data-source';
import { UserEntity, UserRole, UsersService } from '@kindling/users';
import { launcherDatabase } from './launcher-database';

/**
 * Makes a member a platform admin (ADMINs handle reports on content outside
 * any community), or a plain member again with --revoke:
 *
 *   npm run admin:grant -- <handle> [--revoke]
 *
 * on DATABASE_URL when set, else on the database `npm start` created (its
 * embedded Postgres, which must be running), and says which one it changed.
 * `npm run admin:grant` builds first; where the build is already there (the
 * Docker image) run `node dist/scripts/admin-grant.js <handle>` instead.
 */
export function setPlatformRole(dataSource: DataSource, handle: string, role: UserRole): Promise<UserEntity | null> {
  return new UsersService(dataSource.getRepository(UserEntity)).setRole(handle, role);
}

async function main(args: string[]): Promise<number> {
  const handles = args.filter((arg) => arg !== '--revoke');
  if (handles.length !== 1 || handles[0].startsWith('-')) {
    console.error('usage: npm run admin:grant -- <handle> [--revoke]');
    return 2;
  }
  const target = launcherDatabase(resolve(__dirname, '../..'), process.env);
  const dataSource = new DataSource(dataSourceOptions(target.url));
  await dataSource.initialize();
  try {
    const user = await setPlatformRole(
      dataSource,
      handles[0].replace(/^@/, ''),
      args.includes('--revoke') ? UserRole.MEMBER : UserRole.ADMIN,
    );
    if (!user) {
      console.error(`no member with the handle ${handles[0]} in ${target.description}`);
      return 1;
    }
    console.log(`@${user.handle} is now ${user.role}, in ${target.description}`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (status) => process.exit(status),
    (error: unknown) => {
      console.error(`admin:grant failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
