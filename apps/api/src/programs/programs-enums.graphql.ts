import { registerEnumType } from '@nestjs/graphql';
import { ProgramApplicationStatus, ProgramRole, ProgramStatus } from '@kindling/programs';

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
registerEnumType(ProgramApplicationStatus, { name: 'ProgramApplicationStatus' });

export { ProgramApplicationStatus, ProgramRole, ProgramStatus };
