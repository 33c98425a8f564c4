import { ConnectionType } from '../graphql/pagination/connection.types';
import { RoadmapEnrollment } from './roadmap-enrollment.object';
import { Roadmap } from './roadmap.object';

export const RoadmapConnection = ConnectionType(Roadmap, 'Roadmap');
export const RoadmapEnrollmentConnection = ConnectionType(RoadmapEnrollment, 'RoadmapEnrollment');
