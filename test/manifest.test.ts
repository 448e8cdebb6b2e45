import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireTool } from './support/system-tools';

const root = join(__dirname, '..');
const xmllint = requireTool('xmllint', 'libxml2-utils');

describe('manifest.xml', () => {
  (xmllint.available ? it : it.skip)('validates against the Office add-in XSD offline', () => {
    const result = spawnSync(
      'xmllint',
      ['--noout', '--nonet', '--schema', join(__dirname, 'manifest-schemas', 'OfficeAppManifestV1_1.xsd'), 'manifest.xml'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(result.stderr).toContain('manifest.xml validates');
    expect(result.status).toBe(0);
  });

  it('points every icon at a file in assets/', () => {
    const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');
    const icons = [...manifest.matchAll(/assets\/([\w-]+\.png)/g)].map((m) => m[1] ?? '');
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) expect(() => readFileSync(join(root, 'assets', icon))).not.toThrow();
  });

  it('requires ExcelApi 1.8, which the add-in relies on', () => {
    const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.8"\/>/);
  });
});

