import { ConnectionType } from '../graphql/pagination/connection.types';
import { GrowthThread } from './thread.object';

export const GrowthThreadConnection = ConnectionType(GrowthThread, 'GrowthThread');
