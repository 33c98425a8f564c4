import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler, JobPayload } from '@kindling/jobs';
import { otherParticipant, RoomAccess, RoomMessagesService } from '@kindling/mentorship';
import { NotificationsService, NotificationType } from '@kindling/notifications';

/** ROOM_MESSAGE to the other participant, grouped per room while unread ("Ana sent 3 messages"). */
@Injectable()
@HandlesJob('notify.room-message')
export class RoomMessageHandler implements JobHandler<'notify.room-message'> {
  constructor(
    private readonly messages: RoomMessagesService,
    private readonly rooms: RoomAccess,
    private readonly notifications: NotificationsService,
  ) {}

  async handle({ messageId }: JobPayload<'notify.room-message'>): Promise<void> {
    const message = await this.messages.findById(messageId);
    const [room] = message ? await this.rooms.findByIds([message.roomId]) : [];
    if (!message || !room) return;
    await this.notifications.notify({
      recipientId: otherParticipant(room, message.authorId),
      type: NotificationType.ROOM_MESSAGE,
      subject: { roomId: room.id },
      actorId: message.authorId,
    });
  }
}
