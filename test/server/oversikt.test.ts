/** Husbanken's overview endpoints: the year, one report and its versions, changes, national totals. */
import { changesSchema, reportViewSchema, totalsSchema, yearOverviewSchema } from '../../src/api/oversikt';
import { gunzipSync } from 'node:zlib';
import { problemSchema } from '../../src/server/problem';
import { acceptsGzip } from '../../src/server/routes/oversikt';
import { fullReport } from '../fixtures/full-report';
import { reportOf, seedYear, send } from './helpers/seed-year';
import { bearer, osloReport, testServer, type TestServer } from './helpers/server';

let server: TestServer;
beforeEach(async () => {
  server = await testServer();
});
afterEach(async () => {
  await server.close();
});

const get = (url: string, token = server.admin) => server.app.inject({ url, headers: bearer(token) });

describe('GET /api/v1/oversikt', () => {
  it('lists every municipality taking part: reported, missing and late, with counts and the deadline', async () => {
    const seeded = await seedYear(server);
    const res = await get('/api/v1/oversikt?ar=2013');
    expect(res.statusCode).toBe(200);
    const year = yearOverviewSchema.parse(res.json());
    expect(year.frist).toBe('2014-02-28');
    expect(year.antall).toEqual({ deltakere: 4, levert: 3, forSent: 1 });
    expect(year.rapporter.map((r) => [r.kommunenummer, r.kommunenavn, r.bydel, r.siste?.versjon ?? null, r.antallVersjoner, r.forSent])).toEqual([
      ['0301', 'Oslo', 'Alna', 1, 1, false],
      ['0301', 'Oslo', 'Frogner', 1, 1, false],
      ['0403', 'Hamar', null, 1, 1, true],
      ['0501', 'Lillehammer', null, null, 0, false],
      ['0502', 'Gjøvik', null, 2, 2, false],
    ]);
    const gjovik = year.rapporter.find((r) => r.kommunenummer === '0502');
    expect(gjovik?.siste).toEqual({ id: seeded.gjovik2.id, versjon: 2, mottatt: '2014-03-05T10:00:00.000Z', advarsler: seeded.gjovik2.findings.length });
    expect(gjovik?.siste?.advarsler).toBeGreaterThanOrEqual(2);
    expect(gjovik?.forsteMottatt).toBe('2014-02-20T10:00:00.000Z');
  });

  it('shows a year nobody has reported for with every participant missing', async () => {
    await seedYear(server);
    const year = yearOverviewSchema.parse((await get('/api/v1/oversikt?ar=2012')).json());
    expect(year.antall).toEqual({ deltakere: 4, levert: 0, forSent: 0 });
    expect(year.rapporter.every((r) => r.siste === null)).toBe(true);
  });

  it('is never older than the data: a new report, a new token and a revoked one show at once', async () => {
    await seedYear(server);
    const year = async () => yearOverviewSchema.parse((await get('/api/v1/oversikt?ar=2013')).json()).antall;
    expect(await year()).toEqual({ deltakere: 4, levert: 3, forSent: 1 });
    await send(server, await server.token('0501'), reportOf('0501', 'Lillehammer'), '2014-02-21T10:00:00Z');
    expect(await year()).toEqual({ deltakere: 4, levert: 4, forSent: 1 });
    await server.token('0104');
    expect(await year()).toEqual({ deltakere: 5, levert: 4, forSent: 1 });
    const moss = (await server.store.listTokens()).filter((t) => t.kommunenummer === '0104' && t.tilbakekalt === null);
    for (const t of moss) await server.store.revokeToken(t.id, new Date());
    expect(await year()).toEqual({ deltakere: 4, levert: 4, forSent: 1 });
    const totals = totalsSchema.parse((await get('/api/v1/totaler?ar=2013')).json());
    expect(totals.rapporter).toBe(5);
  });

  it('comes gzipped to clients that take it, as browsers do', async () => {
    await seedYear(server);
    const plain = await get('/api/v1/oversikt?ar=2013');
    const zipped = await server.app.inject({ url: '/api/v1/oversikt?ar=2013', headers: { ...bearer(server.admin), 'accept-encoding': 'gzip, deflate, br' } });
    expect([zipped.headers['content-encoding'], zipped.headers.vary]).toEqual(['gzip', 'Accept-Encoding']);
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(plain.body);
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  test.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8, *;q=0.1', true],
    ['*', true],
    ['gzip;q=0', false],
    ['identity', false],
    [undefined, false],
  ])('reads Accept-Encoding %p as gzip allowed: %p', (header, allowed) => {
    expect(acceptsGzip(header)).toBe(allowed);
  });

  it('asks for a year', async () => {
    const res = await get('/api/v1/oversikt');
    expect(res.statusCode).toBe(400);
    expect(problemSchema.parse(res.json()).problems?.[0]?.path).toBe('ar');
  });
});

describe('GET /api/v1/innsendinger/{id}/visning and /endringer', () => {
  it('gives the report with its computed values and every version of it, late ones marked', async () => {
    const { gjovik1, gjovik2 } = await seedYear(server);
    const view = reportViewSchema.parse((await get(`/api/v1/innsendinger/${gjovik1.id}/visning`)).json());
    expect(view.innsending).toMatchObject({ id: gjovik1.id, versjon: 1, payload: { values: { c1_fullfinansierte: 20 } } });
    expect(view.kommunenavn).toBe('Gjøvik');
    expect(view.beregnet).toMatchObject({ c1_sum_startlan: 80, h11: { sum: { status0101: 49 } } });
    expect(view.frist).toBe('2014-02-28');
    expect(view.versjoner.map((v) => [v.id, v.versjon, v.forSent])).toEqual([
      [gjovik1.id, 1, false],
      [gjovik2.id, 2, true],
    ]);
  });

  it('lists what changed between two versions, field by field in the form’s order', async () => {
    const { gjovik1, gjovik2 } = await seedYear(server);
    const res = await get(`/api/v1/innsendinger/${gjovik2.id}/endringer?fra=${gjovik1.id}`);
    expect(res.statusCode).toBe(200);
    const changes = changesSchema.parse(res.json());
    expect([changes.fra.versjon, changes.til.versjon]).toEqual([1, 2]);
    expect(changes.endringer).toEqual([
      { felt: 'telefon', fra: '61 18 94 00 / 952 34 567', til: '123' },
      { felt: 'c1_fullfinansierte', fra: 20, til: 25 },
    ]);
    const back = changesSchema.parse((await get(`/api/v1/innsendinger/${gjovik1.id}/endringer?fra=${gjovik2.id}`)).json());
    expect(back.endringer.map((c) => [c.felt, c.fra, c.til])).toEqual([
      ['telefon', '123', '61 18 94 00 / 952 34 567'],
      ['c1_fullfinansierte', 25, 20],
    ]);
  });

  it('names table cells and rows added or removed', async () => {
    const oslo = await server.token('0301');
    const report = osloReport('Alna');
    const okonomi = report.tables.okonomi ?? [];
    const first = await send(server, oslo, report, '2014-02-20T10:00:00Z');
    const [row0, ...rest] = okonomi;
    const changed = { ...report, tables: { ...report.tables, okonomi: [{ ...row0, budsjett: 900_000, regnskap_egen: 480_000 }, ...rest.slice(0, -1)] } };
    const second = await send(server, oslo, changed, '2014-02-21T10:00:00Z');
    const { endringer } = changesSchema.parse((await get(`/api/v1/innsendinger/${second.id}/endringer?fra=${first.id}`)).json());
    const last = okonomi.length - 1;
    expect(endringer.map((c) => c.felt)).toEqual([
      'okonomi[0].budsjett',
      'okonomi[0].regnskap_egen',
      `okonomi[${last}].aktivitet`,
      `okonomi[${last}].budsjett`,
      `okonomi[${last}].budsjett_hb`,
      `okonomi[${last}].regnskap_hb`,
      `okonomi[${last}].regnskap_egen`,
      `okonomi[${last}].regnskap_annen`,
    ]);
    expect(endringer[2]).toEqual({ felt: `okonomi[${last}].aktivitet`, fra: 'Evaluering', til: null });
  });

  it('refuses two reports that are not versions of one another, and ids that name nothing', async () => {
    const { gjovik1, hamar1 } = await seedYear(server);
    const other = await get(`/api/v1/innsendinger/${gjovik1.id}/endringer?fra=${hamar1.id}`);
    expect(other.statusCode).toBe(400);
    expect(problemSchema.parse(other.json()).detail).toMatch(/samme rapport/);
    expect((await get(`/api/v1/innsendinger/${gjovik1.id}/endringer?fra=00000000-0000-4000-8000-000000000000`)).statusCode).toBe(404);
    expect((await get('/api/v1/innsendinger/finnes-ikke/visning')).statusCode).toBe(404);
  });
});

describe('GET /api/v1/totaler', () => {
  it('sums the latest version of every report of the year, counting the reports that gave a number', async () => {
    await seedYear(server);
    const totals = totalsSchema.parse((await get('/api/v1/totaler?ar=2013')).json());
    const full = fullReport().values;
    expect(totals.rapporter).toBe(4);
    // Gjøvik's latest (25), Alna and Frogner (the full report's); Hamar left it empty.
    expect(totals.summer.c1_fullfinansierte).toEqual({ sum: 25 + 2 * Number(full.c1_fullfinansierte), rapporter: 3 });
    expect(totals.summer.h11_a_status0101).toEqual({ sum: 3 * Number(full.h11_a_status0101) + 2, rapporter: 4 });
    expect(totals.summer.h11_sum_status0101).toEqual({ sum: 3 * 49 + (49 - 20 + 2), rapporter: 4 });
    expect(totals.summer['okonomi.total.regnskap_totalt']).toEqual({ sum: 4 * 3_604_248, rapporter: 4 });
    expect(totals.summer['okonomi.total.avvik_totalt']).toEqual({ sum: 4 * -225_752, rapporter: 4 });
    // A computed value counts an empty input as 0, as the sheet does.
    expect(totals.summer['c1_sum_startlan']).toEqual({ sum: 3 * 85 + 60, rapporter: 4 });
    expect(totals.summer.kommunenavn).toBeUndefined();
  });
});
