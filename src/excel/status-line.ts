/** The status line on the first sheet: what the last check found, or which version was sent in. */
import type { LocalDateTime, StatusUpdate } from './api';

const two = (n: number): string => String(n).padStart(2, '0');

/** `01.12.2026 14:02` */
export function dateTimeText(at: LocalDateTime): string {
  return `${two(at.day)}.${two(at.month)}.${at.year} ${two(at.hour)}:${two(at.minute)}`;
}

function count(n: number, one: string, many: string): string {
  return n === 0 ? `ingen ${many}` : `${n} ${n === 1 ? one : many}`;
}

/** `Kontrollert 01.12.2026 14:02: 2 feil, 5 advarsler` or `Sendt inn 24.02.2014 10:15, versjon 2`. */
export function statusLine(update: StatusUpdate): string {
  if (update.kind === 'innsending') return `Sendt inn ${dateTimeText(update.at)}, versjon ${update.version}`;
  return `Kontrollert ${dateTimeText(update.at)}: ${count(update.errors, 'feil', 'feil')}, ${count(update.warnings, 'advarsel', 'advarsler')}`;
}
