import { registerEnumType } from '@nestjs/graphql';
import { GoalStatus, MentorshipRequestStatus, MentorshipRole, RoomStatus, SessionStatus } from '@kindling/mentorship';

registerEnumType(MentorshipRole, { name: 'MentorshipRole' });
registerEnumType(MentorshipRequestStatus, { name: 'MentorshipRequestStatus' });
registerEnumType(RoomStatus, { name: 'RoomStatus' });
registerEnumType(GoalStatus, { name: 'GoalStatus' });
registerEnumType(SessionStatus, { name: 'SessionStatus' });

export { GoalStatus, MentorshipRequestStatus, MentorshipRole, RoomStatus, SessionStatus };
