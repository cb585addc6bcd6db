/**
 * Pure time rules in Europe/Oslo: calendar days (a role's "Til og med" date) and working hours
 * (Monday–Friday 08–16). Instants are epoch milliseconds; calendar dates are `YYYY-MM-DD`. The rules
 * never read the clock themselves: the handlers pass `now()` from mocks/clock.ts (demo time).
 */

export const OSLO = 'Europe/Oslo';
export const WORKDAY_START_HOUR = 8;
export const WORKDAY_END_HOUR = 16;
/** Default of the portal's "hours an office has to assign a user" (role definition page). */
export const DEFAULT_OFFICE_ANSWER_HOURS = 8;

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: OSLO,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

interface LocalParts {
  y: number;
  m: number;
  d: number;
  h: number;
  min: number;
  s: number;
}

function osloParts(instant: number): LocalParts {
  const p: Record<string, number> = {};
  for (const part of partsFormat.formatToParts(new Date(instant)))
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  return { y: p.year!, m: p.month!, d: p.day!, h: p.hour! % 24, min: p.minute!, s: p.second! };
}

/** Oslo's offset from UTC at an instant, in ms (+1 h in winter, +2 h in summer). */
function osloOffset(instant: number): number {
  const p = osloParts(instant);
  const asUtc = Date.UTC(p.y, p.m - 1, p.d, p.h, p.min, p.s);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant of a wall-clock time in Oslo (a date and an hour). */
export function osloInstant(date: string, hour: number): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hour);
  let guess = wall - osloOffset(wall);
  guess = wall - osloOffset(guess);
  return guess;
}

/** The calendar date in Oslo of an instant. */
export function osloDate(instant: number): string {
  const p = osloParts(instant);
  return `${String(p.y).padStart(4, '0')}-${String(p.m).padStart(2, '0')}-${String(p.d).padStart(2, '0')}`;
}

/** A calendar date moved by whole days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, of a calendar date. */
const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();

/**
 * Working hours (Monday–Friday 08:00–16:00 Oslo time) between two instants, as a fraction of hours;
 * 0 when `to` is not after `from`. Public holidays are not counted out (kept simple on purpose).
 */
export function workingHoursBetween(from: number, to: number): number {
  if (!(to > from)) return 0;
  let ms = 0;
  const last = osloDate(to);
  // One step per calendar day: spans are days or weeks (a case waiting for its office), never years in practice;
  // the cap keeps a clock moved far ahead cheap.
  let day = osloDate(from);
  for (let i = 0; i < 800 && day <= last; i++, day = addDays(day, 1)) {
    const wd = weekday(day);
    if (wd === 0 || wd === 6) continue;
    const start = Math.max(from, osloInstant(day, WORKDAY_START_HOUR));
    const end = Math.min(to, osloInstant(day, WORKDAY_END_HOUR));
    if (end > start) ms += end - start;
  }
  return ms / 3_600_000;
}

export type RoleEndPhase = 'active' | 'remind' | 'ended';

/**
 * Where a role with a "Til og med" date stands on a day: it holds through its last day, ends when that
 * day is over, and its holder is reminded from two calendar days before the last day.
 */
export function roleEndPhase(until: string, today: string): RoleEndPhase {
  if (today > until) return 'ended';
  if (today >= addDays(until, -2)) return 'remind';
  return 'active';
}

/** Whether an office that got the role at `assignedAt` and has not assigned a user is now overdue. */
export function officeAnswerOverdue(assignedAt: number, now: number, hoursAllowed: number): boolean {
  return workingHoursBetween(assignedAt, now) >= hoursAllowed;
}
