import type { CalendarDate } from '../report/numbers';

// Deadlines and "the current year" are Norwegian dates, whatever the server's time zone is.
const osloFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: 'numeric', day: 'numeric' });

/** The calendar date in Norway at `now`. */
export function osloToday(now: Date): CalendarDate {
  const parts = osloFormat.formatToParts(now);
  const part = (type: 'year' | 'month' | 'day'): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}
