import Fastify from 'fastify';
import { connect } from 'node:net';
(async () => {
  const app = Fastify({ requestTimeout: 300, connectionTimeout: 5000, http: { connectionsCheckingInterval: 50, headersTimeout: 300 } as never,
    clientErrorHandler(err, socket) { console.log('clientError', (err as NodeJS.ErrnoException).code); socket.end('HTTP/1.1 408 Request Timeout\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'); } });
  app.post('/x', async () => ({ ok: 1 }));
  const addr = await app.listen({ port: 0, host: '127.0.0.1' });
  const port = new URL(addr).port;
  const s = connect(Number(port), '127.0.0.1');
  s.write('POST /x HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"a":');
  let got = '';
  s.on('data', (d) => { got += d; });
  const t0 = Date.now();
  await new Promise((r) => s.on('close', r));
  console.log('closed after', Date.now() - t0, JSON.stringify(got));
  const s2 = connect(Number(port), '127.0.0.1');
  s2.write('POST /x HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"a":');
  const t1 = Date.now(); let got2 = '';
  // trickle
  const iv = setInterval(() => s2.write(' '), 100);
  s2.on('data', (d) => { got2 += d; });
  await new Promise((r) => s2.on('close', r)); clearInterval(iv);
  console.log('trickle closed after', Date.now() - t1, JSON.stringify(got2));
  await app.close();
})();
