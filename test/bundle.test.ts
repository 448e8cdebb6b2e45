import { gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webpack from 'webpack';
import configure from '../webpack.config.js';

// The task pane ships the domain to the browser: it must bundle with no Node module (the config gives
// webpack no fallbacks, so an `fs` import fails here) and stay small enough for a task pane.
const MAX_GZIPPED_BYTES = 160_000;

describe('the domain bundle for the browser', () => {
  it('builds without Node modules and stays within its size budget', async () => {
    const config = configure({}, { mode: 'production' });
    const out = mkdtempSync(join(tmpdir(), 'boso-bundle-'));
    try {
      const stats = await new Promise<webpack.Stats>((resolve, reject) =>
        webpack({ ...config, output: { ...config.output, path: out } }, (error, result) =>
          error || !result ? reject(error ?? new Error('webpack ga ikke noe resultat')) : resolve(result),
        ),
      );
      expect(stats.toJson({ all: false, errors: true }).errors ?? []).toEqual([]);
      const bundle = readFileSync(join(out, 'boso-report.js'));
      expect(gzipSync(bundle).length).toBeLessThan(MAX_GZIPPED_BYTES);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
