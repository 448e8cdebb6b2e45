/**
 * How long writing the template and reading a filled workbook take. Goal: median under 500 ms each.
 * Prints; asserts nothing. Run: npx tsx bench/xlsx.bench.ts
 */
import { buildLayoutPlan } from '../src/report/layout/build-plan';
import { arsrapport2013 } from '../src/report/templates/arsrapport-2013';
import { readXlsx } from '../src/workbook/read-xlsx';
import { writeTemplate } from '../src/workbook/write-template';
import { fullReport } from '../test/fixtures/full-report';
import { filled } from '../test/workbook/fill';

const WARMUP = 3;
const RUNS = 15;

async function measure(name: string, run: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < WARMUP; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number): string => (times[Math.floor(q * (times.length - 1))] ?? 0).toFixed(1);
  console.log(`${name}: median ${at(0.5)} ms, p90 ${at(0.9)} ms, maks ${at(1)} ms (${RUNS} kjøringer)`);
}

async function main(): Promise<void> {
  const template = await writeTemplate(arsrapport2013, { year: 2013, kommunenummer: '0502', kommunenavn: 'Gjøvik' });
  const report = await filled(template, fullReport());
  console.log(`mal ${(template.length / 1024).toFixed(0)} KiB, utfylt ${(report.length / 1024).toFixed(0)} KiB`);
  const formats = buildLayoutPlan(arsrapport2013).sheets.flatMap((s) => s.conditionalFormats);
  const longest = Math.max(0, ...formats.map((f) => f.formula.length));
  const characters = formats.reduce((n, f) => n + f.formula.length, 0);
  console.log(`betinget formatering: ${formats.length} formater, ${characters} tegn formler i alt, lengste ${longest} tegn`);
  await measure('writeTemplate', () => writeTemplate(arsrapport2013, { year: 2013 }));
  await measure('readXlsx (full rapport)', async () => {
    const result = await readXlsx(report);
    if (!result.ok) throw new Error(result.message);
  });
}

void main();
