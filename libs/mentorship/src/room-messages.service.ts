import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import { Page, PageRequest, toPage } from '@kindling/core';
import { TransactionRunner } from '@kindling/database';
import { JobQueue } from '@kindling/jobs';
import { PubSubService, Topics } from '@kindling/realtime';
import { MentorshipErrorCode, MentorshipException } from './mentorship.exception';
import { MAX_MESSAGE_LENGTH } from './mentorship-rules';
import { RoomAccess } from './room-access.service';
import { RoomMessageEntity } from './room-message.entity';

/** The room's chat: written by its participants, published live and notified (ROOM_MESSAGE, grouped per room) after commit. */
@Injectable()
export class RoomMessagesService {
  constructor(
    @InjectRepository(RoomMessageEntity) private readonly messages: Repository<RoomMessageEntity>,
    private readonly tx: TransactionRunner,
    private readonly access: RoomAccess,
    private readonly jobs: JobQueue,
    private readonly pubsub: PubSubService,
  ) {}

  async send(viewerId: string, roomId: string, body: string): Promise<RoomMessageEntity> {
    const text = body.trim();
    if (text.length === 0 || text.length > MAX_MESSAGE_LENGTH) {
      throw new MentorshipException(MentorshipErrorCode.INVALID_INPUT, `body must be 1 to ${MAX_MESSAGE_LENGTH} characters`, 'body');
    }
    return this.tx.run(async (tx) => {
      const { em, afterCommit } = tx;
      await this.access.require(viewerId, roomId, { em, writable: true });
      const message = await em.save(em.create(RoomMessageEntity, { roomId, authorId: viewerId, body: text }));
      await this.jobs.enqueueAfterCommit(tx, 'notify.room-message', { messageId: message.id }, { jobId: `room-message.${message.id}` });
      afterCommit(() => this.pubsub.publish(Topics.roomMessage(roomId), { messageId: message.id }));
      return message;
    });
  }

  /** Newest first. Callers have checked the viewer is a participant. */
  async list(roomId: string, { first, after }: PageRequest<string>): Promise<Page<RoomMessageEntity>> {
    const rows = await this.messages.find({
      where: { roomId, ...(after && { id: LessThan(after) }) },
      order: { id: 'DESC' },
      take: first + 1,
    });
    return toPage(rows, first);
  }

  /** The message when the viewer is (still) a participant of its room: live events are authorized again with it. */
  async findVisible(viewerId: string, messageId: string): Promise<RoomMessageEntity | null> {
    const message = await this.messages.findOneBy({ id: messageId });
    if (!message) return null;
    return (await this.access.findVisible(viewerId, message.roomId)) ? message : null;
  }

  findById(messageId: string): Promise<RoomMessageEntity | null> {
    return this.messages.findOneBy({ id: messageId });
  }
}
