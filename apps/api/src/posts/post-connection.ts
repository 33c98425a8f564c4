import { ConnectionType } from '../graphql/pagination/connection.types';
import { Post } from './post.object';

export const PostConnection = ConnectionType(Post, 'Post');
