/** The status line on the first sheet: what the last check found, or which version was sent in. */
import type { LocalDateTime, StatusUpdate } from './api';

/** A moment as the user's clock shows it. */
export const localDateTime = (date: Date): LocalDateTime => ({
  year: date.getFullYear(),
  month: date.getMonth() + 1,
  day: date.getDate(),
  hour: date.getHours(),
  minute: date.getMinutes(),
});

const two = (n: number): string => String(n).padStart(2, '0');

/** `01.12.2026 14:02` */
export function dateTimeText(at: LocalDateTime): string {
  return `${two(at.day)}.${two(at.month)}.${at.year} ${two(at.hour)}:${two(at.minute)}`;
}

function count(n: number, one: string, many: string): string {
  return n === 0 ? `ingen ${many}` : `${n} ${n === 1 ? one : many}`;
}

/**
 * `Kontrollert 01.12.2026 14:02: 2 feil, 5 advarsler` (after a submission `… . Endret etter innsending av versjon 2`)
 * or `Sendt inn 24.02.2014 10:15, versjon 2`.
 */
export function statusLine(update: StatusUpdate): string {
  if (update.kind === 'innsending') return `Sendt inn ${dateTimeText(update.at)}, versjon ${update.version}`;
  const checked = `Kontrollert ${dateTimeText(update.at)}: ${count(update.errors, 'feil', 'feil')}, ${count(update.warnings, 'advarsel', 'advarsler')}`;
  if (update.submitted === undefined) return checked;
  return `${checked}. ${update.submitted.changed ? 'Endret etter innsending av' : 'Som sendt inn,'} versjon ${update.submitted.version}`;
}
