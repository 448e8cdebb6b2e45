import type { CalendarDate } from '../report/values';

// Deadlines and "the current year" are Norwegian dates, whatever the server's time zone is.
const osloFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: 'numeric', day: 'numeric' });

const MINUTE_MS = 60_000;
/**
 * Norway's offsets from UTC are whole hours, so the date there changes on a whole minute: every
 * submission received in the same minute has the same date, worked out once.
 */
let last: { readonly minute: number; readonly date: CalendarDate } | undefined;

/** The calendar date in Norway at `now`. */
export function osloToday(now: Date): CalendarDate {
  const minute = Math.floor(now.getTime() / MINUTE_MS);
  if (last?.minute === minute) return last.date;
  const parts = osloFormat.formatToParts(now);
  const part = (type: 'year' | 'month' | 'day'): number => Number(parts.find((p) => p.type === type)?.value);
  const date = { year: part('year'), month: part('month'), day: part('day') };
  last = { minute, date };
  return date;
}
