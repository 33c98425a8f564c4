import { ConnectionType } from '../graphql/pagination/connection.types';
import { MentorshipRequest } from './mentorship-request.object';

export const MentorshipRequestConnection = ConnectionType(MentorshipRequest, 'MentorshipRequest');
