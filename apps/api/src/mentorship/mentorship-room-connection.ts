import { ConnectionType } from '../graphql/pagination/connection.types';
import { MentorshipRoom } from './mentorship-room.object';

export const MentorshipRoomConnection = ConnectionType(MentorshipRoom, 'MentorshipRoom');
