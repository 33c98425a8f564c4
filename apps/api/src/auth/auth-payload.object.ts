import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Session } from '@kindling/auth';
import { User } from '../users/user.object';

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field()
  accessToken: string;

  @Field()
  refreshToken: string;

  @Field(() => Int, { description: 'Seconds until accessToken expires.' })
  expiresIn: number;

  @Field(() => User)
  user: User;

  static from(session: Session): AuthPayload {
    return Object.assign(new AuthPayload(), {
      accessToken: session.accessToken,
      refreshToken: session.refreshToken,
      expiresIn: session.expiresIn,
      user: User.from(session.user, { shownToOwner: true }),
    });
  }
}
