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

const osloClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/**
 * The time in Norway at `instant`, as a Date whose UTC fields hold it: what an Excel cell (which has no
 * time zone) must hold for Norwegian readers to see Norwegian time.
 */
export function osloWallClock(instant: Date): Date {
  const parts = osloClock.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return new Date(Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'), instant.getUTCMilliseconds()));
}

/** The instant a day begins in Norway (Norway changes clocks at night, never at midnight). */
export function osloStartOfDay(date: CalendarDate): Date {
  const utcMidnight = Date.UTC(date.year, date.month - 1, date.day);
  const offset = osloWallClock(new Date(utcMidnight)).getTime() - utcMidnight;
  return new Date(utcMidnight - offset);
}
