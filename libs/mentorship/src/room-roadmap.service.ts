import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@kindling/database';
import { JobQueue } from '@kindling/jobs';
import {
  EnrollmentsService,
  EnrollmentStatus,
  enrollmentDropped,
  RoadmapEnrollmentEntity,
  StepProgressService,
  StepProgressView,
} from '@kindling/roadmaps';
import { MentorshipRole } from './mentorship.enums';
import { MentorshipErrorCode, MentorshipException } from './mentorship.exception';
import { MentorshipRoomEntity } from './mentorship-room.entity';
import { RoomAccess } from './room-access.service';
import { roleIn } from './room-policy';

/**
 * The roadmap side of a room, through the roadmaps feature's services: the
 * mentee shares one of their own enrollments (the mentor then reads its
 * progress through the room), and the mentor confirms DONE steps of it.
 */
@Injectable()
export class RoomRoadmapService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly access: RoomAccess,
    private readonly enrollments: EnrollmentsService,
    private readonly progress: StepProgressService,
    private readonly jobs: JobQueue,
  ) {}

  /** The room's mentee only, with an enrollment of their own that is not dropped; replaces any earlier share. */
  async shareEnrollment(viewerId: string, roomId: string, enrollmentId: string): Promise<MentorshipRoomEntity> {
    const room = await this.access.require(viewerId, roomId, { writable: true });
    if (roleIn(room, viewerId) !== MentorshipRole.MENTEE) {
      throw new MentorshipException(MentorshipErrorCode.NOT_ROOM_MENTEE, "Only the room's mentee shares an enrollment", 'roomId');
    }
    const enrollment = await this.enrollments.requireOwn(viewerId, enrollmentId);
    if (enrollment.status === EnrollmentStatus.DROPPED) throw enrollmentDropped();
    return this.tx.run(async ({ em }) => {
      await this.access.require(viewerId, roomId, { em, lock: true, writable: true });
      await em.update(MentorshipRoomEntity, { id: roomId }, { enrollmentId });
      return em.findOneByOrFail(MentorshipRoomEntity, { id: roomId });
    });
  }

  /** The room's mentor confirms a DONE step of the shared enrollment; the mentee is told (STEP_VERIFIED). */
  async verifyStep(viewerId: string, roomId: string, stepId: string): Promise<StepProgressView> {
    const room = await this.access.require(viewerId, roomId, { writable: true });
    if (roleIn(room, viewerId) !== MentorshipRole.MENTOR) {
      throw new MentorshipException(MentorshipErrorCode.NOT_THE_MENTOR, "Only the room's mentor verifies steps", 'roomId');
    }
    // A shared enrollment whose roadmap the mentor may not see (a private community they are not in, or banned from) reads as none.
    if (!room.enrollmentId || !(await this.enrollments.findVisible(viewerId, room.enrollmentId))) {
      throw new MentorshipException(
        MentorshipErrorCode.NO_SHARED_ENROLLMENT,
        'The mentee has not shared an enrollment with this room',
        'roomId',
      );
    }
    return this.progress.recordVerification(room.enrollmentId, stepId, viewerId, (tx) =>
      this.jobs.enqueueAfterCommit(tx, 'notify.step-verified', { roomId, stepId }, { jobId: `step-verified.${roomId}.${stepId}` }),
    );
  }

  /** Enrollments by id, for the loader behind MentorshipRoom.enrollment (the room was already authorized). */
  findEnrollments(ids: readonly string[]): Promise<RoadmapEnrollmentEntity[]> {
    return this.enrollments.findByIds(ids);
  }
}
