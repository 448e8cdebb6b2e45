/**
 * `npm start` (after the builds): the add-in's pages on port 3000 and the collection endpoint on 8787
 * (SQLite), the endpoint allowing the add-in's origin (CORS). `npm run demo`: the pages only.
 *
 * Excel loads add-ins over https only. Where office-addin-dev-certs has its certificate installed (or can
 * install it: Windows, Mac), the pages are served over https; where it cannot (Linux without sudo, as on
 * our machines), over http on localhost, which the demo and the browser tests need, and we say so.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { ServerOptions } from 'node:https';
import { join } from 'node:path';
import { serveFolder } from './static-server';

const root = join(__dirname, '..');
const ADDIN_PORT = 3000;
const ENDPOINT_PORT = 8787;
const demoOnly = process.argv.includes('--demo');

async function certificates(): Promise<{ readonly tls?: ServerOptions; readonly note?: string }> {
  const certs = await import('office-addin-dev-certs');
  if (certs.verifyCertificates()) return { tls: await certs.getHttpsServerOptions() };
  if (process.platform === 'linux') {
    return {
      note:
        'Utviklingssertifikatet for https://localhost er ikke installert, og det kan ikke installeres uten sudo her. ' +
        'Sidene serveres derfor over http på localhost: demoen virker, men Excel laster ikke tillegget fra http.',
    };
  }
  try {
    return { tls: await certs.getHttpsServerOptions() };
  } catch (error) {
    return { note: `Utviklingssertifikatet kunne ikke installeres (${String(error)}). Sidene serveres over http på localhost.` };
  }
}

/** The sideloading steps, from the README (between its markers), so they are written in one place. */
function sideloadingSteps(): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const start = readme.indexOf('<!-- sidelasting:start -->');
  const end = readme.indexOf('<!-- sidelasting:slutt -->');
  return start < 0 || end < start ? '' : readme.slice(start + '<!-- sidelasting:start -->'.length, end).trim();
}

function startEndpoint(origins: readonly string[]): ChildProcess {
  const server = spawn(process.execPath, [join(root, 'bin', 'boso-server.js')], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'ignore'],
    env: {
      ...process.env,
      PORT: String(ENDPOINT_PORT),
      BOSO_ALLOWED_ORIGINS: origins.join(','),
      BOSO_LOG_LEVEL: process.env.BOSO_LOG_LEVEL ?? 'warn',
    },
  });
  server.on('exit', (code) => {
    if (code !== 0 && code !== null) console.error(`Innsamlingstjenesten stoppet (kode ${code}).`);
  });
  return server;
}

async function main(): Promise<void> {
  const { tls, note } = await certificates();
  const pages = await serveFolder(join(root, 'dist', 'web'), {
    port: ADDIN_PORT,
    host: 'localhost',
    ...(tls === undefined ? {} : { tls }),
  });
  const scheme = tls === undefined ? 'http' : 'https';
  const origins = [`${scheme}://localhost:${ADDIN_PORT}`, `${scheme}://127.0.0.1:${ADDIN_PORT}`];
  const endpoint = demoOnly ? undefined : startEndpoint(origins);

  console.log(`\nBOSO-rapport kjører.\n`);
  console.log(`  Prøv tillegget uten Excel: ${scheme}://localhost:${ADDIN_PORT}/demo.html`);
  console.log(`  Oppgaveruten:              ${scheme}://localhost:${ADDIN_PORT}/taskpane.html`);
  if (endpoint !== undefined)
    console.log(`  Innsamlingstjenesten:      http://127.0.0.1:${ENDPOINT_PORT} (SQLite, tillater ${origins.join(' og ')})`);
  console.log(`  Manifest å sidelaste:      ${join(root, 'manifest.xml')}`);
  if (note !== undefined) console.log(`\n${note}`);
  console.log(`\n${sideloadingSteps()}\n\nStopp med Ctrl+C.`);

  const stop = (): void => {
    endpoint?.kill('SIGTERM');
    void pages.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
