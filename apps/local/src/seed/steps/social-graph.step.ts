import { SocialGraphService } from '@kindling/social-graph';
import { DEMO_SOCIAL_GRAPH } from '../demo-members';
import { memberId, SeedStep } from '../seed-step';

/** Follows first: a block removes follows between the pair, as it does for members. */
export const socialGraphStep: SeedStep = {
  name: 'social graph',
  async run(context) {
    const graph = context.app.get(SocialGraphService);
    const { follows, blocks, mutes } = DEMO_SOCIAL_GRAPH;
    for (const [from, to] of follows) await graph.follow(memberId(context, from), memberId(context, to));
    for (const [from, to] of blocks) await graph.block(memberId(context, from), memberId(context, to));
    for (const [from, to] of mutes) await graph.mute(memberId(context, from), memberId(context, to));
    return `${follows.length} follows, ${blocks.length} block, ${mutes.length} mute`;
  },
};
