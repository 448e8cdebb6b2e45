import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manifestWithUrls } from '../build/manifest-urls';
import { KONTROLLER, SEND_INN } from '../src/commands/names';
import { decodePng } from '../tools/png';
import { requireTool } from './support/system-tools';

const root = join(__dirname, '..');
const development = readFileSync(join(root, 'manifest.xml'), 'utf8');
const SETTINGS = { addinUrl: 'https://tillegg.husbanken.example/boso/', endpointUrl: 'https://boso.husbanken.example/api' };
const production = manifestWithUrls(development, SETTINGS);
const xmllint = requireTool('xmllint', 'libxml2-utils');

const attributes = (xml: string, name: string): string[] =>
  [...xml.matchAll(new RegExp(`\\b${name}="([^"]*)"`, 'g'))].map((m) => m[1] ?? '');
const urls = (xml: string): string[] => [...xml.matchAll(/(?:DefaultValue="|<AppDomain>)(https?:\/\/[^"<]+)/g)].map((m) => m[1] ?? '');

function validates(manifest: string): { status: number | null; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'boso-manifest-'));
  try {
    writeFileSync(join(dir, 'manifest.xml'), manifest);
    const schema = join(__dirname, 'manifest-schemas', 'OfficeAppManifestV1_1.xsd');
    const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, 'manifest.xml'], { cwd: dir, encoding: 'utf8' });
    return { status: result.status, stderr: result.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('manifest.xml', () => {
  (xmllint.available ? it : it.skip)('validates against the Office add-in XSD offline, for development and for production', () => {
    expect(validates(development)).toEqual({ status: 0, stderr: 'manifest.xml validates\n' });
    expect(production.ok && validates(production.manifest)).toEqual({ status: 0, stderr: 'manifest.xml validates\n' });
  });

  it('resolves every resource id it refers to', () => {
    const defined = new Set(attributes(development.slice(development.indexOf('<Resources>')), 'id'));
    const used = attributes(development, 'resid');
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((id) => !defined.has(id))).toEqual([]);
  });

  it('runs the pane and the commands in one shared runtime, on the page of the pane', () => {
    const runtime = /<Runtime resid="([^"]+)" lifetime="long"\/>/.exec(development)?.[1];
    expect(runtime).toBe('Taskpane.Url');
    expect(/<FunctionFile resid="([^"]+)"\/>/.exec(development)?.[1]).toBe(runtime);
    expect(/<SourceLocation resid="([^"]+)"\/>/.exec(development)?.[1]).toBe(runtime);
    const page = new RegExp(`<bt:Url id="${runtime}" DefaultValue="([^"]+)"`).exec(development)?.[1];
    expect(/<SourceLocation DefaultValue="([^"]+)"\/>/.exec(development)?.[1]).toBe(page);
    expect(development).toContain('<Set Name="SharedRuntime" MinVersion="1.1"/>');
  });

  it('requires ExcelApi 1.8, which the add-in relies on', () => {
    expect(development).toContain('<Set Name="ExcelApi" MinVersion="1.8"/>');
  });

  it('has the group BOSO-rapport on the Home tab with Åpne, Kontroller and Send inn, the commands named as the code associates them', () => {
    const group = /<OfficeTab id="TabHome">([\s\S]*?)<\/OfficeTab>/.exec(development)?.[1] ?? '';
    const labels = attributes(group, 'resid').filter((id) => id.endsWith('.Label'));
    const text = (id: string): string | undefined =>
      new RegExp(`<bt:String id="${id.replace('.', '\\.')}" DefaultValue="([^"]+)"`).exec(development)?.[1];
    expect([...new Set(labels)].map(text)).toEqual(['BOSO-rapport', 'Åpne', 'Kontroller', 'Send inn']);
    expect([...group.matchAll(/<Action xsi:type="(\w+)">/g)].map((m) => m[1])).toEqual(['ShowTaskpane', 'ExecuteFunction', 'ExecuteFunction']);
    expect([...group.matchAll(/<FunctionName>(\w+)<\/FunctionName>/g)].map((m) => m[1])).toEqual([KONTROLLER, SEND_INN]);
    const ids = attributes(group, 'id');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses https everywhere, localhost only in development', () => {
    expect(urls(development).filter((url) => !url.startsWith('https://localhost:'))).toEqual([]);
    if (!production.ok) throw new Error(production.message);
    const productionUrls = urls(production.manifest);
    expect(productionUrls.length).toBe(urls(development).length);
    expect(
      productionUrls.filter(
        (url) => !url.startsWith('https://tillegg.husbanken.example/boso/') && url !== 'https://boso.husbanken.example',
      ),
    ).toEqual([]);
  });

  it('refuses build settings that are not https', () => {
    expect(manifestWithUrls(development, { addinUrl: 'http://tillegg.example', endpointUrl: SETTINGS.endpointUrl }).ok).toBe(false);
    expect(manifestWithUrls(development, { endpointUrl: SETTINGS.endpointUrl })).toMatchObject({
      ok: false,
      message: expect.stringContaining('BOSO_ADDIN_URL'),
    });
  });

  it('points every icon at a file in assets/ of the size it says', () => {
    const images = [
      ...development.matchAll(/<bt:Image id="[^"]+" DefaultValue="https:\/\/localhost:3000\/assets\/([\w-]+)-(\d+)\.png"\/>/g),
    ];
    const topLevel = [
      ...development.matchAll(/(?:IconUrl|HighResolutionIconUrl) DefaultValue="https:\/\/localhost:3000\/assets\/([\w-]+)-(\d+)\.png"/g),
    ];
    expect(images.length).toBe(9);
    expect(topLevel.length).toBe(2);
    for (const [, name, size] of [...images, ...topLevel]) {
      const file = join(root, 'assets', `${name}-${size}.png`);
      expect(existsSync(file)).toBe(true);
      const { width, height } = decodePng(readFileSync(file));
      expect([width, height]).toEqual([Number(size), Number(size)]);
    }
    // A button's icon sizes are the ones the manifest declares for it.
    for (const [, size, resid] of development.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)) {
      expect(new RegExp(`<bt:Image id="${resid?.replace('.', '\\.')}" DefaultValue="[^"]*-${size}\\.png"`).test(development)).toBe(true);
    }
  });
});
