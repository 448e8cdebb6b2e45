import { randomUUID } from 'node:crypto';
import { problemSchema } from '../../src/server/problem';
import { receiptListSchema, receiptSchema } from '../../src/server/receipt';
import { tokenCommand } from '../../src/server/token-command';
import { fullReport } from '../fixtures/full-report';
import { bearer, postJson, reportForYear, testServer, type TestServer } from './helpers/server';

let server: TestServer;
beforeEach(async () => {
  server = await testServer({ allowedOrigins: ['https://tillegg.example.no'] });
});
afterEach(async () => {
  await server.close();
});

/** fullReport() as Gjøvik's 2020 report, when its number was 3407. */
function gjovik2020() {
  const report = reportForYear(fullReport(), 2020);
  return { ...report, values: { ...report.values, kommunenummer: '3407' } };
}

const problemType = (res: { json: () => unknown }): string => problemSchema.parse(res.json()).type;

describe('tokens', () => {
  it('answers 401 with WWW-Authenticate when the token is missing', async () => {
    const res = await server.app.inject({ method: 'POST', url: '/api/v1/innsendinger', headers: { 'content-type': 'application/json' }, payload: '{}' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(problemType(res)).toMatch(/mangler-token$/);
  });

  it('answers 401 for an unknown token and for a header that is not Bearer', async () => {
    for (const authorization of ['Bearer boso_ukjent', 'Basic dXNlcjpwYXNz']) {
      const res = await server.app.inject({ url: '/api/v1/innsendinger', headers: { authorization } });
      expect(res.statusCode).toBe(401);
    }
  });

  it('answers 401 for a revoked token', async () => {
    const [record] = (await server.store.listTokens()).filter((t) => t.kommunenummer === '0502');
    expect((await server.app.inject({ url: '/api/v1/innsendinger', headers: bearer(server.gjovik) })).statusCode).toBe(200);
    expect((await tokenCommand(['revoke', record?.id ?? ''], server.store, new Date())).exitCode).toBe(0);
    const res = await server.app.inject({ url: '/api/v1/innsendinger', headers: bearer(server.gjovik) });
    expect(res.statusCode).toBe(401);
    expect(problemType(res)).toMatch(/ugyldig-token$/);
  });

  it('needs no token for health, schema and template', async () => {
    for (const url of ['/healthz', '/api/v1/skjema', '/api/v1/mal.xlsx?ar=2013']) {
      expect((await server.app.inject({ url })).statusCode).toBe(200);
    }
  });
});

describe('municipality tokens', () => {
  it('cannot submit another municipality’s report (403), and nothing is stored', async () => {
    server.setNow(new Date('2021-02-20T10:00:00Z'));
    const res = await postJson(server, server.gjovik, gjovik2020());
    expect(res.statusCode).toBe(403);
    expect(problemType(res)).toMatch(/ingen-tilgang$/);
    expect(await server.store.submissions({})).toHaveLength(0);
  });

  it('cannot list or prefill from another municipality’s reports (403)', async () => {
    server.setNow(new Date('2021-02-20T10:00:00Z'));
    await postJson(server, await server.token('3407'), gjovik2020());
    for (const url of ['/api/v1/innsendinger?kommune=3407', '/api/v1/innsendinger?kommune=3407&ar=2020', '/api/v1/kommuner/3407/forrige?ar=2021']) {
      const res = await server.app.inject({ url, headers: bearer(server.gjovik) });
      expect(res.statusCode).toBe(403);
      expect(problemType(res)).toMatch(/ingen-tilgang$/);
    }
  });

  it('cannot tell another municipality’s submission from one that does not exist (404 for both)', async () => {
    server.setNow(new Date('2021-02-20T10:00:00Z'));
    const gjovik3407 = await server.token('3407');
    const receipt = receiptSchema.parse((await postJson(server, gjovik3407, gjovik2020())).json());
    const unknownId = randomUUID();
    const other = await server.app.inject({ url: `/api/v1/innsendinger/${receipt.id}`, headers: bearer(server.gjovik) });
    const unknown = await server.app.inject({ url: `/api/v1/innsendinger/${unknownId}`, headers: bearer(server.gjovik) });
    expect([other.statusCode, unknown.statusCode]).toEqual([404, 404]);
    const withoutId = (res: typeof other, id: string) => ({ ...problemSchema.parse(res.json()), detail: problemSchema.parse(res.json()).detail.replace(id, 'ID') });
    expect(withoutId(other, receipt.id)).toEqual(withoutId(unknown, unknownId));
    expect(other.body).not.toContain('3407');
    expect((await server.app.inject({ url: `/api/v1/innsendinger/${receipt.id}`, headers: bearer(gjovik3407) })).statusCode).toBe(200);
  });

  it('lists only their own reports when no municipality is asked for', async () => {
    server.setNow(new Date('2021-02-20T10:00:00Z'));
    await postJson(server, await server.token('3407'), gjovik2020());
    server.setNow(new Date('2014-02-20T10:00:00Z'));
    await postJson(server, server.gjovik, fullReport());
    const res = await server.app.inject({ url: '/api/v1/innsendinger', headers: bearer(server.gjovik) });
    expect(receiptListSchema.parse(res.json()).innsendinger.map((r) => r.kommunenummer)).toEqual(['0502']);
  });

  it('cannot export (403)', async () => {
    expect((await server.app.inject({ url: '/api/v1/eksport.csv', headers: bearer(server.gjovik) })).statusCode).toBe(403);
  });
});

describe('admin tokens', () => {
  it('read every municipality’s reports', async () => {
    server.setNow(new Date('2021-02-20T10:00:00Z'));
    const other = receiptSchema.parse((await postJson(server, await server.token('3407'), gjovik2020())).json());
    server.setNow(new Date('2014-02-20T10:00:00Z'));
    await postJson(server, server.gjovik, fullReport());
    const list = await server.app.inject({ url: '/api/v1/innsendinger', headers: bearer(server.admin) });
    expect(receiptListSchema.parse(list.json()).innsendinger.map((r) => r.kommunenummer).sort()).toEqual(['0502', '3407']);
    expect((await server.app.inject({ url: `/api/v1/innsendinger/${other.id}`, headers: bearer(server.admin) })).statusCode).toBe(200);
    expect((await server.app.inject({ url: '/api/v1/eksport.csv', headers: bearer(server.admin) })).statusCode).toBe(200);
  });
});

describe('browser protection', () => {
  it('allows CORS only for the configured origin', async () => {
    const preflight = (origin: string) =>
      server.app.inject({
        method: 'OPTIONS',
        url: '/api/v1/innsendinger',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
      });
    const allowed = await preflight('https://tillegg.example.no');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://tillegg.example.no');
    expect(String(allowed.headers['access-control-allow-headers'])).toMatch(/Authorization/);
    expect((await preflight('https://evil.example.com')).headers['access-control-allow-origin']).toBeUndefined();
    const refused = await server.app.inject({ url: '/api/v1/innsendinger', headers: { origin: 'https://tillegg.example.no' } });
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['access-control-allow-origin']).toBe('https://tillegg.example.no');
  });

  it('sets security headers and a request id on every reply', async () => {
    for (const url of ['/healthz', '/api/v1/innsendinger', '/finnes-ikke']) {
      const res = await server.app.inject({ url });
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toMatch(/default-src 'none'/);
      expect(res.headers['strict-transport-security']).toBeDefined();
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});

describe('Husbanken’s endpoints', () => {
  it('give a municipality token nothing, not even about its own reports', async () => {
    const own = receiptSchema.parse((await postJson(server, server.gjovik, fullReport())).json());
    const urls = [
      '/api/v1/oversikt?ar=2013',
      '/api/v1/totaler?ar=2013',
      '/api/v1/eksport.xlsx?ar=2013',
      '/api/v1/eksport.xlsx',
      '/api/v1/eksport.csv',
      `/api/v1/innsendinger/${own.id}/visning`,
      `/api/v1/innsendinger/${own.id}/endringer?fra=${own.id}`,
    ];
    for (const url of urls) {
      const res = await server.app.inject({ url, headers: bearer(server.gjovik) });
      expect([url, res.statusCode, problemType(res)]).toEqual([url, 403, 'urn:boso:problem:ingen-tilgang']);
      expect(res.body).not.toMatch(/0502|Gjøvik/);
      expect((await server.app.inject({ url })).statusCode).toBe(401);
      expect((await server.app.inject({ url, headers: bearer(server.admin) })).statusCode).toBe(200);
    }
  });

  it('let a municipality fetch its own report as .xlsx, and no other', async () => {
    const own = receiptSchema.parse((await postJson(server, server.gjovik, fullReport())).json());
    const url = `/api/v1/innsendinger/${own.id}/rapport.xlsx`;
    expect((await server.app.inject({ url, headers: bearer(server.gjovik) })).statusCode).toBe(200);
    expect((await server.app.inject({ url, headers: bearer(await server.token('0501')) })).statusCode).toBe(404);
  });
});
