import { GoalStatus, MentorshipRole, RoomStatus } from './mentorship.enums';
import {
  acceptsWrites,
  canMoveRoom,
  canTickActionItem,
  goalCompletedAt,
  isParticipant,
  otherParticipant,
  roleIn,
  roomProgress,
} from './room-policy';

const room = { mentorId: '1', menteeId: '2' };

describe('roleIn / isParticipant', () => {
  it.each([
    ['1', MentorshipRole.MENTOR],
    ['2', MentorshipRole.MENTEE],
    ['3', null],
    [null, null],
    [undefined, null],
  ])('%p → %p', (userId, role) => {
    expect(roleIn(room, userId)).toBe(role);
    expect(isParticipant(room, userId)).toBe(role !== null);
  });

  it('names the other participant', () => {
    expect(otherParticipant(room, '1')).toBe('2');
    expect(otherParticipant(room, '2')).toBe('1');
  });
});

describe('room status', () => {
  const { ACTIVE, PAUSED, COMPLETED } = RoomStatus;
  it.each([
    [ACTIVE, ACTIVE, true],
    [ACTIVE, PAUSED, true],
    [ACTIVE, COMPLETED, true],
    [PAUSED, ACTIVE, true],
    [PAUSED, PAUSED, true],
    [PAUSED, COMPLETED, true],
    [COMPLETED, COMPLETED, true],
    [COMPLETED, ACTIVE, false],
    [COMPLETED, PAUSED, false],
  ])('%s → %s: %s', (from, to, allowed) => {
    expect(canMoveRoom(from, to)).toBe(allowed);
  });

  it('takes writes until COMPLETED', () => {
    expect([ACTIVE, PAUSED, COMPLETED].map(acceptsWrites)).toEqual([true, true, false]);
  });
});

describe('canTickActionItem', () => {
  it.each([
    ['the assignee (mentee)', '2', '2', true],
    ['the mentor, for the mentee', '2', '1', true],
    ['the assignee (mentor)', '1', '1', true],
    ['the mentee, for the mentor', '1', '2', false],
    ['a stranger', '2', '3', false],
  ])('%s', (_, assigneeId, userId, allowed) => {
    expect(canTickActionItem(room, assigneeId, userId)).toBe(allowed);
  });
});

describe('goalCompletedAt', () => {
  const now = new Date('2025-03-01T10:00:00Z');
  const earlier = new Date('2025-02-01T10:00:00Z');
  const { OPEN, IN_PROGRESS, DONE } = GoalStatus;
  it.each([
    [OPEN, DONE, null, now],
    [IN_PROGRESS, DONE, null, now],
    [DONE, DONE, earlier, earlier],
    [DONE, IN_PROGRESS, earlier, null],
    [DONE, OPEN, earlier, null],
    [OPEN, IN_PROGRESS, null, null],
  ])('%s → %s', (from, to, before, after) => {
    expect(goalCompletedAt(from, to, before, now)).toEqual(after);
  });
});

describe('roomProgress', () => {
  it.each([
    [[], 0],
    [[GoalStatus.OPEN], 0],
    [[GoalStatus.DONE], 1],
    [[GoalStatus.DONE, GoalStatus.OPEN, GoalStatus.IN_PROGRESS, GoalStatus.DONE], 0.5],
  ])('%j → %p', (statuses, progress) => {
    expect(roomProgress(statuses as GoalStatus[])).toBe(progress);
  });
});
