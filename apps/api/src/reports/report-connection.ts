import { ConnectionType } from '../graphql/pagination/connection.types';
import { Report } from './report.object';

export const ReportConnection = ConnectionType(Report, 'Report');
