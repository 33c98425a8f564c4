import { ConnectionType } from '../graphql/pagination/connection.types';
import { RoomMessage } from './room-message.object';

export const RoomMessageConnection = ConnectionType(RoomMessage, 'RoomMessage');
