import { registerEnumType } from '@nestjs/graphql';
import { EnrollmentStatus, ResourceKind, RoadmapStatus, StepStatus } from '@kindling/roadmaps';

registerEnumType(RoadmapStatus, { name: 'RoadmapStatus' });
registerEnumType(ResourceKind, { name: 'ResourceKind' });
registerEnumType(EnrollmentStatus, { name: 'EnrollmentStatus' });
registerEnumType(StepStatus, { name: 'StepStatus' });

export { EnrollmentStatus, ResourceKind, RoadmapStatus, StepStatus };
