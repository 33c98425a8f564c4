export enum ReportReason {
  SPAM = 'SPAM',
  HARASSMENT = 'HARASSMENT',
  OFF_TOPIC = 'OFF_TOPIC',
  INAPPROPRIATE = 'INAPPROPRIATE',
  OTHER = 'OTHER',
}

export enum ReportStatus {
  OPEN = 'OPEN',
  ACTIONED = 'ACTIONED',
  DISMISSED = 'DISMISSED',
}

export enum ReportResolution {
  REMOVE_CONTENT = 'REMOVE_CONTENT',
  DISMISS = 'DISMISS',
}
