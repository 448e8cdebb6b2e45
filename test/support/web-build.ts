/**
 * The project's webpack config built into a temporary folder, as tests and benchmarks need it. A build of
 * the same sources and settings is made once and shared (the production build takes a minute or two on a
 * busy machine): the folder is named after a hash of everything the build reads.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import webpack from 'webpack';
import configure from '../../webpack.config.js';

const root = join(__dirname, '..', '..');
const INPUTS = ['src', 'bench/floor', 'bench/pane', 'build', 'assets', 'webpack.config.js', 'manifest.xml', 'tsconfig.base.json', 'tsconfig.web.json', 'package-lock.json'];
const CACHE_PREFIX = 'boso-web-';
const DONE = 'build.json';

export interface WebBuild {
  /** Holds `domain/` (the domain library) and `web/` (the pages). */
  readonly dir: string;
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
  /** The JavaScript files a page loads before anything else (its entry's initial chunks). */
  initialFiles(app: string): readonly string[];
  /** The JavaScript files pages load later, on demand. */
  asyncFiles(): readonly string[];
  /** The JavaScript files a dynamic `import(request)` in `module` (a path from the repository root) loads. */
  importedFiles(module: string, request: string): readonly string[];
  /** Gzipped size (level 9) of files of `web/`. */
  gzipped(files: readonly string[]): number;
}

interface Summary {
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
  readonly initial: Readonly<Record<string, readonly string[]>>;
  readonly async: readonly string[];
  /** `module` → `request` → files, for every dynamic import of the web apps. */
  readonly imported: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}

function files(path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full).flatMap((name) => files(join(path, name)));
}

function inputHash(env: Record<string, unknown>, mode: string): string {
  const hash = createHash('sha256').update(JSON.stringify({ env, mode }));
  for (const file of INPUTS.flatMap(files).sort()) hash.update(file).update(readFileSync(join(root, file)));
  return hash.digest('hex').slice(0, 16);
}

async function build(dir: string, env: Record<string, unknown>, mode: 'production' | 'development'): Promise<Summary> {
  const configs = configure(env, { mode }).map((config) => ({ ...config, output: { ...config.output, path: join(dir, String(config.name)) } }));
  const stats = await new Promise<webpack.MultiStats>((resolve, reject) =>
    webpack(configs, (error, result) => (error || !result ? reject(error ?? new Error('webpack ga ikke noe resultat')) : resolve(result))),
  );
  const web = stats.stats.find((s) => s.compilation.name === 'web')?.compilation;
  const initial = Object.fromEntries(
    [...(web?.entrypoints ?? [])].map(([name, entry]) => [name, entry.chunks.flatMap((c) => [...c.files]).filter((f) => f.endsWith('.js'))]),
  );
  const loadedFirst = new Set(Object.values(initial).flat());
  const imported: Record<string, Record<string, string[]>> = {};
  for (const group of web?.chunkGroups ?? []) {
    const files = group.chunks.flatMap((c) => [...c.files]).filter((f) => f.endsWith('.js'));
    for (const { module, request } of group.origins) {
      const resource = module && 'resource' in module && typeof module.resource === 'string' ? relative(root, module.resource) : undefined;
      if (resource === undefined || request === undefined) continue;
      imported[resource] = { ...imported[resource], [request]: files };
    }
  }
  return {
    errors: stats.stats.flatMap((s) => s.compilation.errors.map((e) => e.message)),
    warnings: stats.stats.flatMap((s) => s.compilation.warnings.map((e) => e.message)),
    initial,
    imported,
    async: Object.keys(web?.assets ?? {}).filter((f) => f.endsWith('.js') && !loadedFirst.has(f)),
  };
}

/** Builds of sources that have changed since, left by earlier runs (an hour old: no run still reads them). */
function removeStaleBuilds(): void {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith(CACHE_PREFIX))) {
    const path = join(tmpdir(), name);
    if (statSync(path).mtimeMs < hourAgo) rmSync(path, { recursive: true, force: true });
  }
}

export async function buildWeb(env: Record<string, unknown> = {}, mode: 'production' | 'development' = 'production'): Promise<WebBuild> {
  const dir = join(tmpdir(), `${CACHE_PREFIX}${inputHash(env, mode)}`);
  const done = join(dir, DONE);
  if (!existsSync(done)) {
    removeStaleBuilds();
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(done, JSON.stringify(await build(dir, env, mode)));
  }
  // In use again: not stale for another hour.
  utimesSync(dir, new Date(), new Date());
  const summary = JSON.parse(readFileSync(done, 'utf8')) as Summary;
  return {
    dir,
    errors: summary.errors,
    warnings: summary.warnings,
    initialFiles: (app) => summary.initial[app] ?? [],
    asyncFiles: () => summary.async,
    importedFiles: (module, request) => summary.imported[module]?.[request] ?? [],
    gzipped: (list) => list.reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, 'web', file)), { level: 9 }).length, 0),
  };
}
