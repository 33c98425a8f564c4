import { ConnectionType } from '../graphql/pagination/connection.types';
import { JobPosting } from './job-posting.object';

export const JobPostingConnection = ConnectionType(JobPosting, 'JobPosting');
