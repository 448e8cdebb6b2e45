import type { CalendarDate } from '../../src/report/values';

/** Today in Norway, as the sheet's TODAY() sees it on a Norwegian machine. */
export function todayInOslo(): CalendarDate {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date()).split('-').map(Number);
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
}
