import { registerEnumType } from '@nestjs/graphql';
import { EmploymentType, JobStatus } from '@kindling/job-board';

registerEnumType(EmploymentType, { name: 'EmploymentType' });
registerEnumType(JobStatus, { name: 'JobStatus' });

export { EmploymentType, JobStatus };
