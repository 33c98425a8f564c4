import { timeZoneDistanceHours, utcOffsetMinutes } from './time-zone-distance';

const WINTER = new Date('2025-01-15T12:00:00Z');
const SUMMER = new Date('2025-07-15T12:00:00Z');

describe('utcOffsetMinutes', () => {
  it.each([
    ['UTC', WINTER, 0],
    ['Europe/Lisbon', WINTER, 0],
    ['Europe/Lisbon', SUMMER, 60],
    ['America/New_York', WINTER, -300],
    ['America/New_York', SUMMER, -240],
    ['Asia/Kolkata', WINTER, 330],
    ['Asia/Kathmandu', WINTER, 345],
    ['Australia/Sydney', WINTER, 660],
    ['Not/AZone', WINTER, 0],
  ])('%s at %s → %i', (zone, at, minutes) => {
    expect(utcOffsetMinutes(zone, at)).toBe(minutes);
  });
});

describe('timeZoneDistanceHours', () => {
  it('follows daylight saving', () => {
    expect(timeZoneDistanceHours('Europe/London', 'America/New_York', WINTER)).toBe(5);
    expect(timeZoneDistanceHours('Europe/London', 'America/New_York', new Date('2025-03-20T12:00:00Z'))).toBe(4);
  });

  it('goes the short way round the day and is symmetric', () => {
    expect(timeZoneDistanceHours('Pacific/Kiritimati', 'Pacific/Pago_Pago', WINTER)).toBe(1);
    expect(timeZoneDistanceHours('UTC', 'Pacific/Fiji', WINTER)).toBe(12);
    expect(timeZoneDistanceHours('Asia/Tokyo', 'America/Los_Angeles', WINTER)).toBe(
      timeZoneDistanceHours('America/Los_Angeles', 'Asia/Tokyo', WINTER),
    );
  });
});
