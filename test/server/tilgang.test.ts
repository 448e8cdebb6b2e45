import { accessSchema } from '../../src/api/access';
import { bearer, testServer, type TestServer } from './helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(async () => {
  await server.close();
});

describe('GET /api/v1/tilgang', () => {
  it('says which municipality a token is for', async () => {
    const res = await server.app.inject({ url: '/api/v1/tilgang', headers: bearer(server.gjovik) });
    expect(res.statusCode).toBe(200);
    expect(accessSchema.parse(res.json())).toEqual({ rolle: 'kommune', kommunenummer: '0502' });
  });

  it('says an admin token is Husbanken\'s', async () => {
    const res = await server.app.inject({ url: '/api/v1/tilgang', headers: bearer(server.admin) });
    expect(accessSchema.parse(res.json())).toEqual({ rolle: 'admin' });
  });

  it('answers 401 for a revoked token', async () => {
    const token = await server.token('0301');
    const record = (await server.store.listTokens()).find((t) => t.kommunenummer === '0301');
    await server.store.revokeToken(record?.id ?? '', new Date());
    const res = await server.app.inject({ url: '/api/v1/tilgang', headers: bearer(token) });
    expect(res.statusCode).toBe(401);
  });
});
