/**
 * What a cell of the simulated Excel shows, as a Norwegian Excel shows it: the number format applied
 * (`#,##0` → `1 234`, `#,##0.00` → `1 234,50`, `dd.mm.yyyy` → `19.02.2014`), SANN/USANN, text as it is.
 */
const EPOCH = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

function grouped(value: number, decimals: number, group: boolean): string {
  const [int = '0', fraction] = Math.abs(value).toFixed(decimals).split('.');
  const digits = group ? int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0') : int;
  return `${value < 0 && Number(Math.abs(value).toFixed(decimals)) !== 0 ? '-' : ''}${digits}${fraction === undefined ? '' : `,${fraction}`}`;
}

function general(value: number): string {
  const text = Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
  return text.replace('.', ',');
}

function date(serial: number): string {
  const d = new Date(EPOCH + Math.floor(serial) * MS_PER_DAY);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
}

export function cellText(value: string | number | boolean, numberFormat: string): string {
  if (typeof value === 'boolean') return value ? 'SANN' : 'USANN';
  if (typeof value === 'string') return value;
  if (/d+\.m+\.y+/i.test(numberFormat)) return date(value);
  const decimals = /\.(0+)/.exec(numberFormat)?.[1]?.length ?? 0;
  if (numberFormat.includes('#,##0')) return grouped(value, decimals, true);
  if (/^0(\.0+)?$/.test(numberFormat)) return grouped(value, decimals, false);
  return general(value);
}
