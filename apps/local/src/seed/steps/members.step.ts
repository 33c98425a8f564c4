import { PasswordHasher } from '@kindling/auth';
import { TransactionRunner } from '@kindling/database';
import { UsersService } from '@kindling/users';
import { DEMO_MEMBERS, DEMO_PASSWORD } from '../demo-members';
import { SeedStep } from '../seed-step';

/** Accounts as registration creates them (one transaction), then their profiles as `updateProfile` sets them. */
export const membersStep: SeedStep = {
  name: 'members',
  async run(context) {
    const users = context.app.get(UsersService);
    const hasher = context.app.get(PasswordHasher);
    const hashes = await Promise.all(DEMO_MEMBERS.map(() => hasher.hash(DEMO_PASSWORD)));
    const created = await context.app.get(TransactionRunner).run(async ({ em }) => {
      const accounts = [];
      for (const [index, member] of DEMO_MEMBERS.entries()) {
        accounts.push(await users.create(em, { ...member, passwordHash: hashes[index] }));
      }
      return accounts;
    });
    for (const [index, account] of created.entries()) {
      const { headline, bio, skills, interests } = DEMO_MEMBERS[index];
      await users.updateProfile(account.id, { headline, bio, skills, interests });
      context.members.set(account.handle, account.id);
    }
    return `${created.length} members (${created.map((a) => `@${a.handle}`).join(', ')})`;
  },
};
