import { describe, expect, it } from 'vitest';
import { addDays, osloDate, osloInstant, roleEndPhase, workingHoursBetween, officeAnswerOverdue } from './osloTime';

const at = (iso: string) => Date.parse(iso);

describe('Oslo calendar dates', () => {
  it.each([
    ['2026-11-23T22:59:00Z', '2026-11-23'], // 23:59 in Oslo (winter, UTC+1)
    ['2026-11-23T23:00:00Z', '2026-11-24'], // midnight in Oslo
    ['2026-06-30T21:59:00Z', '2026-06-30'], // 23:59 in Oslo (summer, UTC+2)
    ['2026-06-30T22:00:00Z', '2026-07-01'],
  ])('%s is %s in Oslo', (iso, date) => {
    expect(osloDate(at(iso))).toBe(date);
  });

  it.each([
    ['2026-11-23', 8, '2026-11-23T07:00:00.000Z'],
    ['2026-06-15', 8, '2026-06-15T06:00:00.000Z'],
    ['2026-03-29', 16, '2026-03-29T14:00:00.000Z'], // the day summer time begins
  ])('%s %i:00 in Oslo is %s', (date, hour, iso) => {
    expect(new Date(osloInstant(date, hour)).toISOString()).toBe(iso);
  });

  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-03-01', -2, '2028-02-28'],
    ['2026-03-01', -2, '2026-02-27'],
  ])('%s %+i days is %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });
});

describe('working hours (Mon–Fri 08–16 Europe/Oslo)', () => {
  it.each([
    // from, to, hours
    ['Monday 08:00 to 16:00', '2026-11-23T07:00:00Z', '2026-11-23T15:00:00Z', 8],
    ['Monday 06:00 to 09:30 counts from 08:00', '2026-11-23T05:00:00Z', '2026-11-23T08:30:00Z', 1.5],
    ['Friday 15:00 to Monday 09:00', '2026-11-27T14:00:00Z', '2026-11-30T08:00:00Z', 2],
    ['a whole weekend', '2026-11-28T07:00:00Z', '2026-11-29T20:00:00Z', 0],
    ['evening to next morning', '2026-11-23T17:00:00Z', '2026-11-24T07:30:00Z', 0.5],
    ['a whole week', '2026-11-23T00:00:00Z', '2026-11-30T00:00:00Z', 40],
    ['summer time: Monday 08–16 Oslo', '2026-06-15T06:00:00Z', '2026-06-15T14:00:00Z', 8],
    ['backwards is nothing', '2026-11-24T10:00:00Z', '2026-11-23T10:00:00Z', 0],
  ])('%s: %s → %s = %f h', (_name, from, to, hours) => {
    expect(workingHoursBetween(at(from), at(to))).toBeCloseTo(hours, 6);
  });

  it.each([
    ['Friday 14:00, 8 h allowed, Monday 09:59', '2026-11-27T13:00:00Z', '2026-11-30T08:59:00Z', 8, false],
    ['Friday 14:00, 8 h allowed, Monday 14:00', '2026-11-27T13:00:00Z', '2026-11-30T13:00:00Z', 8, true],
    ['Monday 08:00, 1 h allowed, Monday 09:00', '2026-11-23T07:00:00Z', '2026-11-23T08:00:00Z', 1, true],
  ])('%s: overdue %s', (_name, from, to, hours, overdue) => {
    expect(officeAnswerOverdue(at(from), at(to), hours)).toBe(overdue);
  });
});

describe('a role with an end date ("Til og med")', () => {
  it.each([
    ['2026-12-10', '2026-12-07', 'active'],
    ['2026-12-10', '2026-12-08', 'remind'], // two calendar days before the last day
    ['2026-12-10', '2026-12-10', 'remind'], // the last day: still held
    ['2026-12-10', '2026-12-11', 'ended'],
    ['2027-01-01', '2026-12-30', 'remind'], // across the year
    ['2027-03-01', '2027-02-26', 'active'],
    ['2027-03-01', '2027-02-27', 'remind'], // February has 28 days
  ] as const)('until %s, on %s: %s', (until, today, phase) => {
    expect(roleEndPhase(until, today)).toBe(phase);
  });
});
