import { CommunitiesService, CommunityRole, CommunityVisibility, MembershipsService } from '@kindling/communities';
import { memberId, SeedStep } from '../seed-step';

/** A public and a private community; Marcus moderates the public one; Jonas's request to the private one waits. */
export const communitiesStep: SeedStep = {
  name: 'communities',
  async run(context) {
    const communities = context.app.get(CommunitiesService);
    const memberships = context.app.get(MembershipsService);
    const id = (handle: string) => memberId(context, handle);
    const rust = await communities.create(id('ana_ribeiro'), {
      slug: 'rustaceans',
      name: 'Rustaceans',
      description: 'Learning Rust together: weekly goals, code reviews and #rust questions.',
      visibility: CommunityVisibility.PUBLIC,
    });
    for (const handle of ['marcus_chen', 'priya_nair', 'tomas_alvarez']) await memberships.join(id(handle), rust.id);
    await memberships.setRole(id('ana_ribeiro'), rust.id, id('marcus_chen'), CommunityRole.MODERATOR);
    const circle = await communities.create(id('priya_nair'), {
      slug: 'career-switchers',
      name: 'Career switchers',
      description: 'A private circle for people moving into software: honest updates, no judgement.',
      visibility: CommunityVisibility.PRIVATE,
    });
    const amara = await memberships.join(id('amara_okafor'), circle.id);
    await memberships.review(id('priya_nair'), amara.id, true);
    await memberships.join(id('jonas_weber'), circle.id);
    context.communities.set('rustaceans', rust.id).set('career-switchers', circle.id);
    return '2 communities (public rustaceans, private career-switchers), 1 moderator, 1 pending request';
  },
};
