import { registerEnumType } from '@nestjs/graphql';
import { MatchHealth, ProgramApplicationStatus, ProgramRole, ProgramStatus } from '@kindling/programs';

registerEnumType(ProgramStatus, {
  name: 'ProgramStatus',
  valuesMap: {
    DRAFT: { description: 'Managers are still writing it; only they see it.' },
    OPEN: { description: 'Visible to members who can see the community; applications are taken.' },
    MATCHING: { description: 'Applications closed; managers review and match.' },
    ACTIVE: { description: 'Matches published, rooms open.' },
  },
});
registerEnumType(ProgramRole, { name: 'ProgramRole' });
registerEnumType(MatchHealth, {
  name: 'MatchHealth',
  description: "How a published pair is doing, from its check-ins and its room's activity.",
  valuesMap: {
    HEALTHY: { description: 'Recent activity and no low check-in.' },
    QUIET: { description: "No message, session or goal change for the program's quiet period." },
    AT_RISK: { description: 'A check-in rated 2 or lower, or quiet for twice the period.' },
  },
});
registerEnumType(ProgramApplicationStatus, { name: 'ProgramApplicationStatus' });

export { MatchHealth, ProgramApplicationStatus, ProgramRole, ProgramStatus };
