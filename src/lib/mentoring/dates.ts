// Calendar dates as `YYYY-MM-DD` strings, compared in UTC so server and tests agree.

const DAY_MS = 86_400_000;

/** True for a real calendar date written `YYYY-MM-DD` (2026-02-30 is not one). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** The UTC date of an ISO timestamp (or of a PocketBase "2026-12-01 10:00:00.000Z" one). */
export function dayOf(timestamp: string): string {
  return timestamp.replace(' ', 'T').slice(0, 10);
}

/**
 * The latest calendar date anywhere on Earth (UTC+14) at an ISO timestamp: a mentor's "today" in
 * their own time zone is never later, so Tbilisi's 00:00–04:00 (still yesterday in UTC) is not
 * refused as a session in the future.
 */
export function latestDayOnEarth(timestamp: string): string {
  return new Date(Date.parse(timestamp.replace(' ', 'T')) + 14 * 3_600_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
