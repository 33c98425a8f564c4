export enum EmploymentType {
  FULL_TIME = 'FULL_TIME',
  PART_TIME = 'PART_TIME',
  CONTRACT = 'CONTRACT',
  INTERNSHIP = 'INTERNSHIP',
}

/**
 * What is stored is OPEN, CLOSED or EXPIRED; an OPEN row whose `expiresAt`
 * has passed reads as EXPIRED until the hourly sweep stores it so.
 */
export enum JobStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  EXPIRED = 'EXPIRED',
}
