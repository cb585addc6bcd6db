import type { Db } from './db';

/**
 * The mock backend's one clock. Every rule and handler that asks "what time is it" for the product
 * (log entries, notifications, a role's end, an office's working hours) reads `now(db)`: real time plus
 * the demo offset kept with the demo data (the portal row; "Tilbakestill demodata" sets it back), which
 * the demo panel moves forward through `PUT /system/clock`. Sessions and sign-in throttling keep reading
 * real time on purpose, so moving the clock never signs anyone out or lifts a throttle.
 */
export function clockOffsetMs(d: Db): number {
  return d.portals.all()[0]?.demoClockOffsetMs ?? 0;
}

export function now(d: Db): number {
  return Date.now() + clockOffsetMs(d);
}

export function nowIso(d: Db): string {
  return new Date(now(d)).toISOString();
}
