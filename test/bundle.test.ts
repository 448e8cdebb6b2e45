import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildWeb, type WebBuild } from './support/web-build';

// The task pane ships the domain to the browser: it must bundle with no Node module (the config gives
// webpack no fallbacks, so an `fs` import fails here). ES modules let webpack leave out what is not
// imported, such as zod's locale tables (126 KB gzipped as CommonJS, 58 KB as ES modules).
const MAX_DOMAIN_GZIPPED = 70_000;
// What the task pane loads before its first render, domain and Fluent UI included (issue 10).
const MAX_PANE_INITIAL_GZIPPED = 150_000;
// Husbanken's overview page (issue 12): the same budget, with Chart.js left for the national view.
const MAX_OVERVIEW_INITIAL_GZIPPED = 150_000;

let build: WebBuild;
beforeAll(async () => {
  build = await buildWeb();
}, 240_000);

describe('the browser bundles', () => {
  it('build without Node modules and without errors', () => {
    expect(build.errors).toEqual([]);
  });

  it('keep the domain library within its size budget', () => {
    const bundle = readFileSync(join(build.dir, 'domain', 'boso-report.js'));
    expect(gzipSync(bundle, { level: 9 }).length).toBeLessThan(MAX_DOMAIN_GZIPPED);
  });

  it("load at most 150 KB gzipped of JavaScript before the task pane's first render", () => {
    const files = build.initialFiles('taskpane');
    expect(files.length).toBeGreaterThan(0);
    expect(build.gzipped(files)).toBeLessThanOrEqual(MAX_PANE_INITIAL_GZIPPED);
  });

  it('load neither zod nor the municipality register before the pane can show Mal: not with the page, not with the workbook API', () => {
    const workbookApi = build.importedFiles('src/taskpane/workbook-api-request.ts', '../excel/workbook-api');
    expect(workbookApi.length).toBeGreaterThan(0);
    const loaded = [...build.initialFiles('taskpane'), ...workbookApi].map((f) => readFileSync(join(build.dir, 'web', f), 'utf8'));
    // zod's error map is in every build of it; the register's version names are in its data only.
    expect(loaded.filter((code) => code.includes('Invalid input: expected'))).toEqual([]);
    expect(loaded.filter((code) => code.includes('Kommuneinndeling 2008'))).toEqual([]);
    // The checks can fail: the rules the pane loads for Kontroll hold both.
    const rules = build.importedFiles('src/taskpane/use-pane.ts', './check-report').map((f) => readFileSync(join(build.dir, 'web', f), 'utf8')).join('\n');
    expect(rules).toContain('Invalid input: expected');
    expect(rules).toContain('Kommuneinndeling 2008');
  });

  it("compile our makeStyles at build time: the pane's page holds no Griffel style compiler", () => {
    // Only the runtime compiler parses at-rules; the precompiled styles of Fluent and ours need no parsing.
    const page = build.initialFiles('taskpane').map((f) => readFileSync(join(build.dir, 'web', f), 'utf8'));
    expect(page.filter((code) => code.includes('"@scope"'))).toEqual([]);
  });

  it('hold the task pane page with the commands in it, and the icons, but no manifest without build settings', () => {
    const page = readFileSync(join(build.dir, 'web', 'taskpane.html'), 'utf8');
    expect(page).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    for (const file of build.initialFiles('taskpane')) expect(page).toContain(file);
    expect(existsSync(join(build.dir, 'web', 'assets', 'kontroller-80.png'))).toBe(true);
    expect(existsSync(join(build.dir, 'web', 'manifest.xml'))).toBe(false);
  });

  it('serve every page and icon the manifest points at', () => {
    const manifest = readFileSync(join(__dirname, '..', 'manifest.xml'), 'utf8');
    const paths = [...new Set([...manifest.matchAll(/https:\/\/localhost:3000\/([^"<]+)/g)].map((m) => m[1] ?? ''))];
    expect(paths).toEqual(expect.arrayContaining(['taskpane.html', 'hjelp.html', 'assets/icon-32.png']));
    expect(paths.filter((path) => !existsSync(join(build.dir, 'web', path)))).toEqual([]);
  });

  it('load at most 150 KB gzipped before the overview page’s first render, and neither Chart.js nor zod with it', () => {
    const files = build.initialFiles('oversikt');
    expect(files.length).toBeGreaterThan(0);
    expect(build.gzipped(files)).toBeLessThanOrEqual(MAX_OVERVIEW_INITIAL_GZIPPED);
    const licenses = files.map((f) => join(build.dir, 'web', `${f}.LICENSE.txt`)).filter(existsSync).map((f) => readFileSync(f, 'utf8'));
    expect(licenses.filter((l) => /Chart\.js/.test(l))).toEqual([]);
    // zod's error map is in every build of it; the page loads it with the API client, after the first render.
    expect(files.filter((f) => readFileSync(join(build.dir, 'web', f), 'utf8').includes('Invalid input: expected'))).toEqual([]);
    expect(readFileSync(join(build.dir, 'web', 'oversikt.html'), 'utf8')).not.toContain('office.js');
  });
});
