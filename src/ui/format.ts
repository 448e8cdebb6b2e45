/**
 * Display formatting for every app: the domain's own number format (`1 234 567`, `−156 752,50`), so the
 * pane shows a number exactly as the domain's messages do, and dates and times as Norwegians write them.
 */
export { formatNumber } from '../report/numbers';

const pad = (n: number): string => String(n).padStart(2, '0');

/** `01.12.2026`, in the user's own time zone. */
export function formatDay(date: Date): string {
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
}

/** `01.12.2026 14:02`, in the user's own time zone. */
export function formatDateTime(date: Date): string {
  return `${formatDay(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
