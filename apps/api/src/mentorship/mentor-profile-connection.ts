import { ConnectionType } from '../graphql/pagination/connection.types';
import { MentorProfile } from './mentor-profile.object';

export const MentorProfileConnection = ConnectionType(MentorProfile, 'MentorProfile');
