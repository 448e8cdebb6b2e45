import type { PayloadV1 } from '../../src/report/payload';
import { problemSchema } from '../../src/server/problem';
import { receiptListSchema, receiptSchema, submissionReplySchema } from '../../src/server/receipt';
import { sha256Hex } from '../../src/server/tokens';
import { fullReport } from '../fixtures/full-report';
import { bearer, listen, osloReport, postBody, postJson, reportForYear, testServer, type TestServer } from './helpers/server';

let server: TestServer;
beforeEach(async () => {
  server = await testServer();
});
afterEach(async () => {
  await server.close();
});

const rules = (findings: readonly { rule: string }[]): string[] => findings.map((f) => f.rule);

describe('receipt', () => {
  it('answers 201 with id, municipality, year, version, time, SHA-256 of the body and a Location', async () => {
    const body = JSON.stringify(fullReport());
    const res = await postBody(server, server.gjovik, body, 'application/json');
    expect(res.statusCode).toBe(201);
    const receipt = receiptSchema.parse(res.json());
    expect(receipt).toMatchObject({ kommunenummer: '0502', bydel: null, ar: 2013, versjon: 1, mottatt: '2014-02-20T10:00:00.000Z' });
    expect(receipt.sha256).toBe(sha256Hex(body));
    expect(receipt.findings).toEqual([]);
    expect(res.headers.location).toBe(`/api/v1/innsendinger/${receipt.id}`);
  });

  it('returns the receipt and the payload as stored from GET by id', async () => {
    const receipt = receiptSchema.parse((await postJson(server, server.gjovik, fullReport())).json());
    const res = await server.app.inject({ url: `/api/v1/innsendinger/${receipt.id}`, headers: bearer(server.gjovik) });
    expect(res.statusCode).toBe(200);
    const reply = submissionReplySchema.parse(res.json());
    expect(reply).toMatchObject(receipt);
    expect(reply.payload).toEqual(fullReport());
  });

  it('keeps the request body byte for byte, whatever its layout and escapes', async () => {
    const body = `{\n  "template" : {"version":"2013","id":"boso-arsrapport"},\n\t"tables": ${JSON.stringify(fullReport().tables)},\n  "values": ${JSON.stringify(
      fullReport().values,
    ).replace('Gjøvik kommune', 'Gj\\u00f8vik kommune')}\n}\n`;
    const res = await postBody(server, server.gjovik, body, 'application/json');
    expect(res.statusCode).toBe(201);
    const receipt = receiptSchema.parse(res.json());
    const [row] = (await server.db.query(`SELECT body, sha256 FROM innsendinger WHERE id = '${receipt.id}'`)) as { body: Buffer; sha256: string }[];
    expect(Buffer.compare(row?.body ?? Buffer.alloc(0), Buffer.from(body))).toBe(0);
    expect(row?.sha256).toBe(sha256Hex(Buffer.from(body)));
  });

  it('answers 404 for an id that does not exist', async () => {
    const res = await server.app.inject({ url: '/api/v1/innsendinger/finnes-ikke', headers: bearer(server.admin) });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('versions', () => {
  it('makes every submission for the same municipality and year a new version, listed latest first', async () => {
    for (let i = 0; i < 3; i++) expect((await postJson(server, server.gjovik, fullReport())).statusCode).toBe(201);
    const res = await server.app.inject({ url: '/api/v1/innsendinger?kommune=0502&ar=2013', headers: bearer(server.gjovik) });
    const { innsendinger } = receiptListSchema.parse(res.json());
    expect(innsendinger.map((r) => [r.bydel, r.versjon])).toEqual([
      [null, 3],
      [null, 2],
      [null, 1],
    ]);
  });

  it('keeps each of Oslo’s districts a series of its own, under its name however the report writes it', async () => {
    const oslo = await server.token('0301');
    const sent = [];
    for (const bydel of ['Bydel Alna', '', ' alna ', 'BYDEL ALNA', 'Bydel Frogner']) {
      const res = await postJson(server, oslo, osloReport(bydel));
      expect(res.statusCode).toBe(201);
      const receipt = receiptSchema.parse(res.json());
      sent.push([receipt.bydel, receipt.versjon]);
    }
    expect(sent).toEqual([
      ['Alna', 1],
      [null, 1],
      ['Alna', 2],
      ['Alna', 3],
      ['Frogner', 1],
    ]);
  });

  it('refuses a district that is not one of Oslo’s, and one outside Oslo, with GEN-10', async () => {
    for (const [token, report] of [
      [await server.token('0301'), osloReport('Alnaa')],
      [server.gjovik, { ...fullReport(), values: { ...fullReport().values, bydel: 'Bydel Alna' } }],
    ] as const) {
      const res = await postJson(server, token, report);
      expect(res.statusCode).toBe(422);
      expect(rules(problemSchema.parse(res.json()).findings ?? [])).toEqual(['GEN-10']);
    }
    expect((await server.app.inject({ url: '/api/v1/innsendinger', headers: bearer(server.admin) })).json()).toEqual({ innsendinger: [] });
  });

  it('always has findings in a 422, also when the body is not payload v1 or an Idempotency-Key is reused', async () => {
    const notV1 = await postJson(server, server.gjovik, { template: { id: 'boso-arsrapport', version: '2013' }, values: { ukjent: 1 } });
    await postJson(server, server.gjovik, fullReport(), { 'idempotency-key': 'k' });
    const reused = await postJson(server, server.gjovik, { ...fullReport(), values: { ...fullReport().values, programleder: 'Kari' } }, { 'idempotency-key': 'k' });
    for (const res of [notV1, reused]) {
      expect(res.statusCode).toBe(422);
      expect(problemSchema.parse(res.json()).findings).toEqual([]);
    }
  });

  it('refuses a report with feil with 422 and the findings, and stores nothing', async () => {
    const report = fullReport();
    const bad = { ...report, values: { ...report.values, c1_fastrente: 40 } };
    const res = await postJson(server, server.gjovik, bad);
    expect(res.statusCode).toBe(422);
    const body = problemSchema.parse(res.json());
    expect(body.findings?.map((f) => [f.rule, f.severity])).toContainEqual(['C1-01', 'feil']);
    expect(await server.store.submissions({})).toHaveLength(0);
  });
});

describe('HIS-01 and HIS-02', () => {
  const previousYear = (status3112: Record<string, number>): PayloadV1 => {
    const report = reportForYear(fullReport(), 2012);
    return { ...report, values: { ...report.values, ...status3112 } };
  };

  it('warns when 01.01 differs from last year’s 31.12 and when the year was reported before', async () => {
    server.setNow(new Date('2013-02-20T10:00:00Z'));
    const previous = previousYear({ h11_a_status3112: 19, h11_b_status3112: 15, h11_c_status3112: 14, h11_barnefamilier_status3112: 10 });
    expect((await postJson(server, server.gjovik, previous)).statusCode).toBe(201);

    server.setNow(new Date('2014-02-20T10:00:00Z'));
    const first = receiptSchema.parse((await postJson(server, server.gjovik, fullReport())).json());
    expect(rules(first.findings)).toEqual(['HIS-01']);
    expect(first.findings[0]?.fields).toContain('h11_a_status0101');
    expect(first.findings[0]?.severity).toBe('advarsel');

    const second = receiptSchema.parse((await postJson(server, server.gjovik, fullReport())).json());
    expect(rules(second.findings).sort()).toEqual(['HIS-01', 'HIS-02']);
    expect(second.versjon).toBe(2);
  });

  it('gives neither warning for a first report that follows on last year’s', async () => {
    server.setNow(new Date('2013-02-20T10:00:00Z'));
    await postJson(server, server.gjovik, previousYear({ h11_a_status3112: 20, h11_b_status3112: 15, h11_c_status3112: 14, h11_barnefamilier_status3112: 10 }));
    server.setNow(new Date('2014-02-20T10:00:00Z'));
    expect(receiptSchema.parse((await postJson(server, server.gjovik, fullReport())).json()).findings).toEqual([]);
  });

  it('offers last year’s accepted report for prefilling', async () => {
    server.setNow(new Date('2013-02-20T10:00:00Z'));
    await postJson(server, server.gjovik, previousYear({ h11_a_status3112: 7 }));
    const res = await server.app.inject({ url: '/api/v1/kommuner/0502/forrige?ar=2013', headers: bearer(server.gjovik) });
    expect(res.statusCode).toBe(200);
    expect(submissionReplySchema.parse(res.json()).payload.values.h11_a_status3112).toBe(7);
    const none = await server.app.inject({ url: '/api/v1/kommuner/0502/forrige?ar=2012', headers: bearer(server.gjovik) });
    expect(none.statusCode).toBe(404);
  });

  it('finds a bydel’s report for prefilling however the bydel is written', async () => {
    server.setNow(new Date('2013-02-20T10:00:00Z'));
    const oslo = await server.token('0301');
    expect((await postJson(server, oslo, osloReport(' Bydel   Alna ', previousYear({ h11_a_status3112: 7 })))).statusCode).toBe(201);
    for (const bydel of ['Bydel%20Alna', 'Bydel%20%20Alna%20', 'alna', 'ALNA']) {
      const res = await server.app.inject({ url: `/api/v1/kommuner/0301/forrige?ar=2013&bydel=${bydel}`, headers: bearer(oslo) });
      expect(res.statusCode).toBe(200);
      expect(submissionReplySchema.parse(res.json()).bydel).toBe('Alna');
    }
    expect((await server.app.inject({ url: '/api/v1/kommuner/0301/forrige?ar=2013', headers: bearer(oslo) })).statusCode).toBe(404);
    expect((await server.app.inject({ url: '/api/v1/kommuner/0301/forrige?ar=2013&bydel=Frogner', headers: bearer(oslo) })).statusCode).toBe(404);
  });
});

describe('Idempotency-Key', () => {
  it('answers a retry with the first receipt and stores one version', async () => {
    const key = { 'idempotency-key': 'f0d3b7a2-retry' };
    const first = await postJson(server, server.gjovik, fullReport(), key);
    const retry = await postJson(server, server.gjovik, fullReport(), key);
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await server.store.submissions({})).toHaveLength(1);
  });

  it('refuses the same key with a different body', async () => {
    const key = { 'idempotency-key': 'gjenbrukt' };
    await postJson(server, server.gjovik, fullReport(), key);
    const changed = { ...fullReport(), values: { ...fullReport().values, programleder: 'Ola Nordmann' } };
    const res = await postJson(server, server.gjovik, changed, key);
    expect(res.statusCode).toBe(422);
    expect(problemSchema.parse(res.json()).type).toMatch(/idempotens-konflikt$/);
    expect(await server.store.submissions({})).toHaveLength(1);
  });

  it('stores one version for two concurrent requests with the same key on a listening server', async () => {
    const url = await listen(server);
    const send = () =>
      fetch(`${url}/api/v1/innsendinger`, {
        method: 'POST',
        headers: { ...bearer(server.gjovik), 'content-type': 'application/json', 'idempotency-key': 'samtidig' },
        body: JSON.stringify(fullReport()),
      });
    const replies = await Promise.all([send(), send()]);
    expect(replies.map((r) => r.status)).toEqual([201, 201]);
    const receipts = await Promise.all(replies.map(async (r) => receiptSchema.parse(await r.json())));
    expect(receipts[0]?.id).toBe(receipts[1]?.id);
    expect(await server.store.submissions({})).toHaveLength(1);
  });

  it('refuses a key that is not visible ASCII', async () => {
    const res = await postJson(server, server.gjovik, fullReport(), { 'idempotency-key': 'x'.repeat(201) });
    expect(res.statusCode).toBe(400);
    expect(problemSchema.parse(res.json()).problems?.[0]?.path).toBe('idempotency-key');
  });
});
