/**
 * How long `validate()` takes for a realistic full report (every field, 12 economy rows, 5 programme
 * years) and for a report with many findings. Goal: median below 2 ms. Prints; asserts nothing.
 * Run: npx tsx bench/validate.bench.ts
 */
import { arsrapport2013 } from '../src/report/templates/arsrapport-2013';
import { validate } from '../src/report/validate';
import type { PayloadV1 } from '../src/report/payload';
import { fullReport } from '../test/fixtures/full-report';

const WARMUP = 200;
const RUNS = 2000;
const context = { today: { year: 2026, month: 11, day: 23 } };

function measure(name: string, payload: PayloadV1): void {
  for (let i = 0; i < WARMUP; i++) validate(arsrapport2013, payload, context);
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    findings = validate(arsrapport2013, payload, context).findings.length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number): string => (times[Math.floor(q * (times.length - 1))] ?? 0).toFixed(3);
  console.log(`${name}: ${findings} funn, median ${at(0.5)} ms, p95 ${at(0.95)} ms, maks ${at(1)} ms (${RUNS} kjøringer)`);
}

function withManyFindings(): PayloadV1 {
  const report = fullReport();
  for (const id of Object.keys(report.values)) report.values[id] = id.endsWith('kommentar') ? '' : '10?';
  report.tables.okonomi = (report.tables.okonomi ?? []).map((row) => ({ ...row, aktivitet: '', budsjett: 'ca. 40', regnskap_totalt: 1 }));
  return report;
}

measure('full, ren rapport', fullReport());
measure('tom rapport', { template: { id: 'boso-arsrapport', version: '2013' }, values: {}, tables: {} });
measure('rapport med mange funn', withManyFindings());
