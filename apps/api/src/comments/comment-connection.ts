import { ConnectionType } from '../graphql/pagination/connection.types';
import { Comment } from './comment.object';

export const CommentConnection = ConnectionType(Comment, 'Comment');
