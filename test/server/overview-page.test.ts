/** /oversikt/: the built page with a fresh nonce per reply, its scripts, and what it says when it is not built. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadOverviewPage } from '../../src/server/overview-page';
import { problemSchema } from '../../src/server/problem';
import { testServer, type TestServer } from './helpers/server';
import { tempDir } from './helpers/temp-dir';

const HTML = '<!doctype html><html lang=nb><head><meta charset=utf-8><title>t</title><style>body{margin:0}</style><script defer src=oversikt.abc123.js></script></head><body><div id=app></div></body></html>';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function withBuild(): Promise<TestServer> {
  const dir = tempDir();
  writeFileSync(join(dir.path, 'oversikt.html'), HTML);
  writeFileSync(join(dir.path, 'oversikt.abc123.js'), 'console.log(1)');
  const page = loadOverviewPage(dir.path);
  dir.remove();
  if (!page) throw new Error('siden ble ikke lest');
  return testServer({ page });
}

describe('the overview page', () => {
  it('gives every reply its own nonce, in the policy, the meta element and the style elements', async () => {
    server = await withBuild();
    const [a, b] = await Promise.all([server.app.inject({ url: '/oversikt/' }), server.app.inject({ url: '/oversikt/' })]);
    const nonce = /'nonce-([^']+)'/.exec(String(a.headers['content-security-policy']))?.[1] ?? '';
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(a.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(a.body).toContain(`<meta name="boso-csp-nonce" content="${nonce}">`);
    expect(a.body).toContain(`<style nonce="${nonce}">`);
    expect(b.headers['content-security-policy']).not.toBe(a.headers['content-security-policy']);
    expect(a.headers['cache-control']).toBe('no-store');
  });

  it('serves the build’s scripts for a year, and nothing else', async () => {
    server = await withBuild();
    const script = await server.app.inject({ url: '/oversikt/oversikt.abc123.js' });
    expect([script.statusCode, script.headers['content-type'], script.headers['cache-control'], script.body]).toEqual([
      200,
      'text/javascript; charset=utf-8',
      'public, max-age=31536000, immutable',
      'console.log(1)',
    ]);
    expect(script.headers['content-security-policy']).toMatch(/^default-src 'none'/);
    for (const url of ['/oversikt/oversikt.html', '/oversikt/ukjent.js', '/oversikt/..%2Fpackage.json', '/oversikt/%2e%2e/package.json']) {
      expect([url, (await server.app.inject({ url })).statusCode]).toEqual([url, 404]);
    }
  });

  it('says how to build it where it is not built', async () => {
    server = await testServer();
    const res = await server.app.inject({ url: '/oversikt/' });
    expect(res.statusCode).toBe(404);
    expect(problemSchema.parse(res.json()).detail).toContain('npm run build:web');
    expect(loadOverviewPage('/finnes/ikke')).toBeUndefined();
  });

  it('moves /oversikt to /oversikt/, keeping the view asked for', async () => {
    server = await testServer();
    const res = await server.app.inject({ url: '/oversikt?rapport=abc&mot=def' });
    expect([res.statusCode, res.headers.location]).toEqual([308, '/oversikt/?rapport=abc&mot=def']);
  });
});
