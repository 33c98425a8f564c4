import { registerEnumType } from '@nestjs/graphql';
import { CommunityRole, CommunityVisibility, MembershipStatus, ModerationActionType } from '@kindling/communities';

registerEnumType(CommunityVisibility, { name: 'CommunityVisibility' });
registerEnumType(CommunityRole, { name: 'CommunityRole' });
registerEnumType(MembershipStatus, { name: 'MembershipStatus' });
registerEnumType(ModerationActionType, { name: 'ModerationActionType' });

export { CommunityRole, CommunityVisibility, MembershipStatus, ModerationActionType };
