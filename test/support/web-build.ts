/** The project's webpack config built into a temporary folder, as tests and benchmarks need it. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import webpack from 'webpack';
import configure from '../../webpack.config.js';

export interface WebBuild {
  /** Holds `domain/` (the domain library) and `web/` (the pages). */
  readonly dir: string;
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
  /** The JavaScript files a page loads before anything else (its entry's initial chunks). */
  initialFiles(app: string): readonly string[];
  /** The JavaScript files pages load later, on demand. */
  asyncFiles(): readonly string[];
  /** Gzipped size (level 9) of files of `web/`. */
  gzipped(files: readonly string[]): number;
  remove(): void;
}

/** `names`: the configurations to build (`domain`, `web`), all by default. */
export async function buildWeb(env: Record<string, unknown> = {}, mode: 'production' | 'development' = 'production', names?: readonly string[]): Promise<WebBuild> {
  const dir = mkdtempSync(join(tmpdir(), 'boso-web-'));
  const configs = configure(env, { mode })
    .filter((config) => names === undefined || names.includes(String(config.name)))
    .map((config) => ({
      ...config,
      output: { ...config.output, path: join(dir, String(config.name)) },
    }));
  const stats = await new Promise<webpack.MultiStats>((resolve, reject) =>
    webpack(configs, (error, result) => (error || !result ? reject(error ?? new Error('webpack ga ikke noe resultat')) : resolve(result))),
  );
  const web = stats.stats.find((s) => s.compilation.name === 'web');
  return {
    dir,
    errors: stats.stats.flatMap((s) => s.compilation.errors.map((e) => e.message)),
    warnings: stats.stats.flatMap((s) => s.compilation.warnings.map((e) => e.message)),
    initialFiles: (app) =>
      [...(web?.compilation.entrypoints.get(app)?.chunks ?? [])].flatMap((chunk) => [...chunk.files]).filter((f) => f.endsWith('.js')),
    asyncFiles: () => {
      const initial = new Set([...(web?.compilation.entrypoints.values() ?? [])].flatMap((e) => e.chunks.flatMap((c) => [...c.files])));
      return Object.keys(web?.compilation.assets ?? {}).filter((f) => f.endsWith('.js') && !initial.has(f));
    },
    gzipped: (files) => files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, 'web', file)), { level: 9 }).length, 0),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
