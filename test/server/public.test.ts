import { defaultTemplate } from '../../src/report/templates';
import { readXlsx } from '../../src/workbook/read-xlsx';
import { writeTemplate } from '../../src/workbook/write-template';
import { SUBMISSION_CONTENT_TYPES } from '../../src/server/body-parsers';
import { problemSchema } from '../../src/server/problem';
import { receiptSchema, submissionReplySchema } from '../../src/server/receipt';
import { sha256Hex } from '../../src/server/tokens';
import { fullReport } from '../fixtures/full-report';
import { filled } from '../workbook/fill';
import { bearer, postBody, testServer, type TestServer } from './helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(async () => {
  await server.close();
});

describe('GET /healthz', () => {
  it('answers ok', async () => {
    const res = await server.app.inject({ url: '/healthz' });
    expect(res.json()).toEqual({ status: 'ok' });
  });
});

describe('GET /api/v1/skjema', () => {
  it('is the JSON Schema of payload v1, generated from the zod schema', async () => {
    const res = await server.app.inject({ url: '/api/v1/skjema' });
    expect(res.headers['content-type']).toMatch(/^application\/schema\+json/);
    const schema = res.json() as { properties: { values: { properties: Record<string, unknown> } } };
    expect(Object.keys(schema.properties.values.properties)).toEqual(expect.arrayContaining(['kommunenummer', 'c1_fastrente', 'f42e']));
  });
});

describe('GET /api/v1/mal.xlsx', () => {
  it('hands out the template, prefilled with year and municipality', async () => {
    const res = await server.app.inject({ url: '/api/v1/mal.xlsx?ar=2013&kommune=0502' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(SUBMISSION_CONTENT_TYPES.xlsx);
    expect(res.headers['content-disposition']).toBe('attachment; filename="boso-arsrapport-2013-0502.xlsx"');
    const read = await readXlsx(res.rawPayload);
    expect(read.ok && read.payload.values).toMatchObject({ rapporteringsar: 2013, kommunenummer: '0502', kommunenavn: 'Gjøvik' });
  });

  it('refuses a municipality that did not exist that year, and a year outside the programme', async () => {
    const gone = await server.app.inject({ url: '/api/v1/mal.xlsx?ar=2013&kommune=3407' });
    expect(gone.statusCode).toBe(400);
    expect(problemSchema.parse(gone.json()).detail).toMatch(/3407/);
    expect((await server.app.inject({ url: '/api/v1/mal.xlsx?ar=2008' })).statusCode).toBe(400);
    expect((await server.app.inject({ url: '/api/v1/mal.xlsx?kommune=502' })).statusCode).toBe(400);
  });
});

describe('POST /api/v1/innsendinger with a filled template', () => {
  it('reads the workbook, keeps the SHA-256 of the file and stores the payload read from it', async () => {
    const bytes = await filled(await writeTemplate(defaultTemplate, { year: 2013 }), fullReport());
    const res = await postBody(server, server.gjovik, bytes, SUBMISSION_CONTENT_TYPES.xlsx);
    expect(res.statusCode).toBe(201);
    const receipt = receiptSchema.parse(res.json());
    expect(receipt.sha256).toBe(sha256Hex(bytes));
    const stored = submissionReplySchema.parse((await server.app.inject({ url: `/api/v1/innsendinger/${receipt.id}`, headers: bearer(server.gjovik) })).json());
    expect(stored.payload.values).toMatchObject({ kommunenummer: '0502', c1_fastrente: 10 });
    expect(stored.payload.tables.okonomi).toHaveLength(12);
  });

  it('answers an empty template with 422 and the findings', async () => {
    const empty = await writeTemplate(defaultTemplate, { year: 2013, kommunenummer: '0502', kommunenavn: 'Gjøvik' });
    const res = await postBody(server, server.gjovik, empty, SUBMISSION_CONTENT_TYPES.xlsx);
    expect(res.statusCode).toBe(422);
    expect(problemSchema.parse(res.json()).findings?.map((f) => f.rule)).toContain('GEN-01');
  });
});
