/**
 * Serves a built folder (dist/web) over http on loopback, for `npm start`, the browser tests and the
 * benchmark. Only files inside the folder, GET and HEAD only; everything else is 404 or 405.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type RequestListener, type Server } from 'node:http';
import { createServer as createTlsServer, type ServerOptions } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer {
  readonly origin: string;
  /** Bytes of every response so far, by path: what a page loaded. */
  readonly served: Map<string, number>;
  close(): Promise<void>;
}

export interface ServeOptions {
  readonly port?: number;
  readonly host?: string;
  /** Certificate and key: serve https instead of http. */
  readonly tls?: ServerOptions;
}

export async function serveFolder(folder: string, options: ServeOptions = {}): Promise<StaticServer> {
  const { port = 0, host = '127.0.0.1', tls } = options;
  const root = normalize(folder);
  const served = new Map<string, number>();
  const listener: RequestListener = (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path === '/' ? 'demo.html' : path));
    if (!file.startsWith(root + sep)) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => {
        served.set(path, (served.get(path) ?? 0) + body.length);
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        response.end(request.method === 'HEAD' ? undefined : body);
      },
      () => response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Finnes ikke'),
    );
  };
  const server: Server = tls === undefined ? createServer(listener) : createTlsServer(tls, listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `${tls === undefined ? 'http' : 'https'}://${host}:${actual}`,
    served,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
