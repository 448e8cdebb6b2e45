import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { fullReport } from '../fixtures/full-report';

const today = new Date(2026, 10, 23);
const dir = mkdtempSync(join(tmpdir(), 'boso-cli-'));
const run = (...argv: string[]) => runCli(argv, today);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('boso template', () => {
  it('writes a workbook prefilled with year and municipality', async () => {
    const out = join(dir, 'gjovik.xlsx');
    const result = await run('template', '--year', '2013', '--kommune', '0502', '--out', out);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('0502 Gjøvik');
    const exported = await run('export', out);
    const payload = JSON.parse(exported.stdout ?? '');
    expect(payload.values).toMatchObject({ rapporteringsar: 2013, kommunenummer: '0502', kommunenavn: 'Gjøvik' });
  });

  it('refuses to overwrite a file the user may have filled in', async () => {
    const out = join(dir, 'finnes.xlsx');
    writeFileSync(out, 'mine tall');
    const result = await run('template', '--year', '2013', '--out', out);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('mine tall');
  });

  it('rejects a number that did not exist that year and suggests the right one', async () => {
    const result = await run('template', '--year', '2013', '--kommune', '3407', '--out', join(dir, 'x.xlsx'));
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('0502');
  });

  it.each([['502'], ['abcd']])('rejects kommune %s that is not four digits', async (kommune) => {
    const result = await run('template', '--kommune', kommune, '--out', join(dir, 'y.xlsx'));
    expect(result.exitCode).toBe(2);
  });

  it('rejects a year outside the programme', async () => {
    expect((await run('template', '--year', '1999', '--out', join(dir, 'z.xlsx'))).exitCode).toBe(2);
  });
});

describe('boso validate', () => {
  const writeJson = (name: string, value: unknown): string => {
    const file = join(dir, name);
    writeFileSync(file, JSON.stringify(value));
    return file;
  };

  it('exits 0 for a clean report and prints the rules.md JSON with --json', async () => {
    const result = await run('validate', writeJson('ren.json', fullReport()), '--json');
    expect(result.exitCode).toBe(0);
    const json = JSON.parse(result.stdout ?? '');
    expect(Object.keys(json)).toEqual(['template', 'findings', 'computed']);
    expect(json.template).toEqual({ id: 'boso-arsrapport', version: '2013' });
  });

  it('exits 1 and names the rule and the section when there is a feil', async () => {
    const report = fullReport();
    report.values.c1_fullfinansierte = 10;
    report.values.c1_fastrente = 12;
    const result = await run('validate', writeJson('feil.json', report));
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('C1-01');
    expect(result.stdout).toContain('2. Rapportering på delmål');
  });

  it('gives cell addresses for a workbook', async () => {
    const out = join(dir, 'tom.xlsx');
    await run('template', '--year', '2013', '--kommune', '0502', '--out', out);
    const result = await run('validate', out);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/GEN-01 \('0 Generelt'!\$?[A-Z]+\$?\d+\)/);
  });

  it.each([
    ['not a workbook', 'tull.xlsx', 'dette er ikke en arbeidsbok'],
    ['broken JSON', 'tull.json', '{"template": '],
    ['another template', 'annen.json', JSON.stringify({ template: { id: 'noe-annet', version: '1' }, values: {} })],
  ])('exits 2 with a clear message for %s', async (_what, name, content) => {
    const file = join(dir, name);
    writeFileSync(file, content);
    const result = await run('validate', file);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/\S/);
  });

  it('exits 2 for a file that does not exist', async () => {
    const result = await run('validate', join(dir, 'mangler.xlsx'));
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('Fant ikke filen');
  });
});

describe('the installed boso command', () => {
  it('runs from bin/ against the build', () => {
    const result = spawnSync(process.execPath, [join(__dirname, '../../bin/boso.js'), 'help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('boso template');
  });
});
