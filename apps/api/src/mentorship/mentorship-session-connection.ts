import { ConnectionType } from '../graphql/pagination/connection.types';
import { MentorshipSession } from './mentorship-session.object';

export const MentorshipSessionConnection = ConnectionType(MentorshipSession, 'MentorshipSession');
