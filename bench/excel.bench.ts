/**
 * What the add-in asks of Excel, on the simulated host: syncs, queued operations and request bytes for
 * insert, read, select, restore and convert (Excel on the web refuses requests over 5 MB), and how long a
 * read plus validation of a full report takes there. Prints; asserts nothing.
 * Run: npx tsx bench/excel.bench.ts
 */
import type { ReportFound, WorkbookApi } from '../src/excel/api';
import { SimulatedExcel } from '../src/excel/simulated';
import { createWorkbookApi } from '../src/excel/workbook-api';
import { buildLayoutPlan } from '../src/report/layout/build-plan';
import { arsrapport2013 } from '../src/report/templates/arsrapport-2013';
import { validate } from '../src/report/validate';
import { fullReport } from '../test/fixtures/full-report';
import { fillSimulated, tableCellOf } from '../test/excel/support/fill';

const RUNS = 50;
const context = { today: { year: 2026, month: 12, day: 1 } };
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;

async function counted(excel: SimulatedExcel, name: string, action: () => Promise<unknown>): Promise<void> {
  const before = excel.syncs.length;
  const start = performance.now();
  await action();
  const ms = performance.now() - start;
  const syncs = excel.syncs.slice(before);
  const operations = syncs.map((s) => s.operations).join(' + ');
  const bytes = syncs.reduce((a, s) => Math.max(a, s.requestBytes), 0);
  console.log(`${name.padEnd(28)} ${String(syncs.length).padStart(2)} sync(er), operasjoner ${operations}, største forespørsel ${kb(bytes)}, ${ms.toFixed(0)} ms`);
}

async function found(api: WorkbookApi): Promise<ReportFound> {
  const read = await api.readReport();
  if (!read.ok || read.value.kind !== 'rapport') throw new Error('Rapporten ble ikke lest.');
  return read.value;
}

async function main(): Promise<void> {
  const excel = new SimulatedExcel();
  const api = createWorkbookApi(excel.host);
  const plan = buildLayoutPlan(arsrapport2013, { year: 2013, kommunenummer: '0502', kommunenavn: 'Gjøvik' });
  await counted(excel, 'sett inn malen', () => api.insertTemplate(plan));
  fillSimulated(excel, fullReport());
  const totalt = tableCellOf(excel, 'okonomi', 0, 'regnskap_totalt');
  const budsjett = tableCellOf(excel, 'okonomi', 1, 'budsjett');
  excel.user.type(totalt.sheet, totalt.address, '1');
  excel.user.paste(budsjett.sheet, budsjett.address, [['Kr. 300.000']]);
  await counted(excel, 'les rapporten', () => api.readReport());
  const read = await found(api);
  await counted(excel, 'velg et funns celler', () => api.select(read, ['c1_fastrente', 'c1_fullfinansierte']));
  await counted(excel, 'gjenopprett formel', () => api.restoreFormulas(read, ['okonomi[0].regnskap_totalt']));
  await counted(excel, 'gjør talltekst til tall', () => api.convertNumberText(read, ['okonomi[1].budsjett']));
  await counted(excel, 'skriv statuslinje', () => api.writeStatus({ kind: 'kontroll', at: { year: 2026, month: 12, day: 1, hour: 14, minute: 2 }, errors: 0, warnings: 0 }));

  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const report = await found(api);
    validate(report.template, report.payload, context);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number): string => (times[Math.floor(q * (times.length - 1))] ?? 0).toFixed(1);
  console.log(`les + kontroller full rapport (simulert Excel): median ${at(0.5)} ms, p95 ${at(0.95)} ms (${RUNS} kjøringer)`);
}

void main();
