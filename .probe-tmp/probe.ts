import { buildApp } from '../src/server/app';
import { openSqliteStore } from '../src/server/storage/sqlite-store';
import { openPostgresStore } from '../src/server/storage/postgres-store';
import { createToken } from '../src/server/tokens';
import { fullReport } from '../test/fixtures/full-report';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

async function run(kind: string) {
  let store;
  let schema = '';
  if (kind === 'pg') {
    schema = `probe_${Date.now()}`;
    const c = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/test' }); await c.connect(); await c.query(`CREATE SCHEMA ${schema}`); await c.end();
    store = openPostgresStore(`postgres://postgres@127.0.0.1:5432/test?options=-c%20search_path%3D${schema}`);
  } else store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'probe-')), 'b.db'));
  await store.migrate();
  const app = buildApp({ store, config: { allowedOrigins: [], logLevel: 'silent' }, now: () => new Date('2014-02-20T10:00:00Z') });
  await app.ready();
  const g = (await createToken(store, '0502', null, new Date())).token;
  const o = (await createToken(store, '0301', null, new Date())).token;
  const h = (t: string, ct = 'application/json') => ({ authorization: `Bearer ${t}`, 'content-type': ct });
  const show = (label: string, r: { statusCode: number; body: string }) => console.log(kind, label, r.statusCode, r.body.slice(0, 300));
  const rep = fullReport();
  const oslo = { ...rep, values: { ...rep.values, kommunenummer: '0301', kommunenavn: 'Oslo' } };
  const r1 = await app.inject({ method: 'POST', url: '/api/v1/innsendinger', headers: h(o), payload: JSON.stringify(oslo) });
  show('oslo post', r1);
  const id = r1.json().id;
  show('other id', await app.inject({ url: `/api/v1/innsendinger/${id}`, headers: h(g) }));
  show('nonexist id', await app.inject({ url: `/api/v1/innsendinger/00000000-0000-0000-0000-000000000000`, headers: h(g) }));
  const latin = Buffer.from(JSON.stringify({ ...rep, values: { ...rep.values, programleder: 'Bjørn' } }), 'latin1');
  show('latin1', await app.inject({ method: 'POST', url: '/api/v1/innsendinger', headers: h(g), payload: latin }));
  show('nul', await app.inject({ method: 'POST', url: '/api/v1/innsendinger', headers: h(g), payload: JSON.stringify({ ...rep, values: { ...rep.values, programleder: 'a\u0000b' } }) }));
  show('nul-bydel', await app.inject({ method: 'POST', url: '/api/v1/innsendinger', headers: h(g), payload: JSON.stringify({ ...rep, values: { ...rep.values, bydel: 'a\u0000b' } }) }));
  show('surrogate', await app.inject({ method: 'POST', url: '/api/v1/innsendinger', headers: h(g), payload: '{"template":{"id":"boso-arsrapport","version":"2013"},"values":' + JSON.stringify(rep.values).replace('"programleder":', '"programleder":"\\ud800","x_":') + ',"tables":' + JSON.stringify(rep.tables) + '}' }));
  show('schema422', await app.inject({ method: 'POST', url: '/api/v1/innsendinger', headers: h(g), payload: '{"a":1}' }));
  show('forrige no ar', await app.inject({ url: '/api/v1/kommuner/0502/forrige', headers: h(g) }));
  show('long id', await app.inject({ url: `/api/v1/innsendinger/${'x'.repeat(101)}`, headers: h(g) }));
  show('bad url', await app.inject({ url: '/api/v1/innsendinger/%zz', headers: h(g) }));
  show('ctor', await app.inject({ method: 'POST', url: '/api/v1/innsendinger', headers: h(g), payload: '{"constructor":{"prototype":{"x":1}}}' }));
  show('charset latin1', await app.inject({ method: 'POST', url: '/api/v1/innsendinger', headers: h(g, 'application/json; charset=iso-8859-1'), payload: JSON.stringify(rep) }));
  show('upper ct', await app.inject({ method: 'POST', url: '/api/v1/innsendinger', headers: h(g, 'Application/JSON'), payload: JSON.stringify(rep) }));
  show('json+x', await app.inject({ method: 'POST', url: '/api/v1/innsendinger', headers: h(g, 'application/jsonx'), payload: JSON.stringify(rep) }));
  show('xlsx 3MB', await app.inject({ method: 'POST', url: '/api/v1/innsendinger', headers: h(g, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'), payload: Buffer.alloc(3e6) }));
  show('delete', await app.inject({ method: 'DELETE', url: `/api/v1/innsendinger/${id}`, headers: h(g) }));
  show('list other', await app.inject({ url: `/api/v1/innsendinger?kommune=0301`, headers: h(g) }));
  show('bom', await app.inject({ method: 'POST', url: '/api/v1/innsendinger', headers: h(g), payload: '\uFEFF' + JSON.stringify(rep) }));
  show('num kommnr', await app.inject({ method: 'POST', url: '/api/v1/innsendinger', headers: h(g), payload: JSON.stringify({ ...rep, values: { ...rep.values, kommunenummer: 502 } }) }));
  show('big num', await app.inject({ method: 'POST', url: '/api/v1/innsendinger', headers: h(g), payload: JSON.stringify({ ...rep, values: { ...rep.values, c2_nye_soknader: 1e300 } }) }));
  console.log(kind, 'timeouts', app.server.requestTimeout, app.server.timeout, app.server.headersTimeout, app.server.keepAliveTimeout);
  await app.close(); await store.close();
  if (schema) { const c = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/test' }); await c.connect(); await c.query(`DROP SCHEMA ${schema} CASCADE`); await c.end(); }
}
(async () => { await run('sqlite'); await run('pg'); })();
