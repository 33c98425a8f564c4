/** Operations shared by the room e2e specs. */

export const ROOM = `query($r: ID!, $first: Int, $after: String, $sessionsAfter: String) {
  mentorshipRoom(id: $r) {
    status progress
    agreement { goals cadence expectations updatedAt }
    goals { title status completedAt dueAt }
    sessions(first: $first, after: $sessionsAfter) { nodes { agenda status notes actionItems { title done assignee { id } } } pageInfo { hasNextPage endCursor } }
    messages(first: $first, after: $after) { nodes { body author { id } } pageInfo { hasNextPage endCursor } }
    feedback { rating comment author { id } }
  }
}`;
export const AGREEMENT = `mutation($r: ID!, $input: RoomAgreementInput!) { updateRoomAgreement(roomId: $r, input: $input) { agreement { goals cadence expectations updatedAt } } }`;
export const ADD_GOAL = `mutation($r: ID!, $input: RoomGoalInput!) { addRoomGoal(roomId: $r, input: $input) { id title status completedAt } }`;
export const UPDATE_GOAL = `mutation($g: ID!, $input: UpdateRoomGoalInput!) { updateRoomGoal(goalId: $g, input: $input) { title status completedAt description } }`;
export const SCHEDULE = `mutation($r: ID!, $input: ScheduleSessionInput!) { scheduleSession(roomId: $r, input: $input) { id status agenda } }`;
export const COMPLETE = `mutation($s: ID!, $input: CompleteSessionInput!) { completeSession(sessionId: $s, input: $input) { status notes actionItems { id title done assignee { id } } } }`;
export const CANCEL = `mutation($s: ID!) { cancelSession(sessionId: $s) { status } }`;
export const SEND = `mutation($r: ID!, $body: String!) { sendRoomMessage(roomId: $r, body: $body) { body } }`;
export const STATUS = `mutation($r: ID!, $s: RoomStatus!) { setRoomStatus(roomId: $r, status: $s) { status } }`;
export const FEEDBACK = `mutation($r: ID!, $rating: Int!, $comment: String) { submitRoomFeedback(roomId: $r, rating: $rating, comment: $comment) { rating comment author { id } } }`;
export const PROFILE = `query($h: String!) { user(handle: $h) { mentorProfile { activeMenteeCount averageRating ratingCount } } }`;
