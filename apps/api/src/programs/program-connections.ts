import { ConnectionType } from '../graphql/pagination/connection.types';
import { MentorshipProgram } from './mentorship-program.object';
import { ProgramApplication } from './program-application.object';

export const MentorshipProgramConnection = ConnectionType(MentorshipProgram, 'MentorshipProgram');
export const ProgramApplicationConnection = ConnectionType(ProgramApplication, 'ProgramApplication');
