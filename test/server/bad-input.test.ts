import type { AddressInfo } from 'node:net';
import { Workbook } from 'exceljs';
import fc from 'fast-check';
import { inputFields } from '../../src/report/fields';
import { defaultTemplate } from '../../src/report/templates';
import { SUBMISSION_CONTENT_TYPES } from '../../src/server/body-parsers';
import { problemSchema } from '../../src/server/problem';
import { fullReport } from '../fixtures/full-report';
import { bearer, postJson, testServer, type TestServer } from './helpers/server';
import { zipBomb } from './helpers/zip-bomb';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(async () => {
  await server.close();
});

function post(payload: string | Buffer, contentType?: string) {
  return server.app.inject({
    method: 'POST',
    url: '/api/v1/innsendinger',
    headers: { ...bearer(server.gjovik), ...(contentType === undefined ? {} : { 'content-type': contentType }) },
    payload,
  });
}

/** A clear 4xx: the status, problem+json, and a problem type that names what is wrong. */
async function expectProblem(reply: ReturnType<typeof post>, status: number, kind: string): Promise<void> {
  const res = await reply;
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = problemSchema.parse(res.json());
  expect(problem.type).toBe(`urn:boso:problem:${kind}`);
  expect(problem.detail.length).toBeGreaterThan(20);
}

async function expectStillServing(): Promise<void> {
  expect((await server.app.inject({ url: '/healthz' })).statusCode).toBe(200);
  expect((await postJson(server, server.gjovik, fullReport())).statusCode).toBe(201);
}

afterEach(async () => {
  await expectStillServing();
});

describe('malformed requests', () => {
  it('answers 400 for JSON that does not parse, and for an empty JSON body', async () => {
    await expectProblem(post('{"template": {"id": ', 'application/json'), 400, 'ugyldig-json');
    await expectProblem(post('', 'application/json'), 400, 'ugyldig-json');
  });

  it('answers 400 for a prototype-poisoning key', async () => {
    await expectProblem(post('{"__proto__": {"admin": true}}', 'application/json'), 400, 'ugyldig-json');
  });

  it('answers 415 for another content type, and for no body at all', async () => {
    await expectProblem(post('programnavn=x', 'application/x-www-form-urlencoded'), 415, 'feil-innholdstype');
    await expectProblem(post('<xml/>', 'text/xml'), 415, 'feil-innholdstype');
    await expectProblem(server.app.inject({ method: 'POST', url: '/api/v1/innsendinger', headers: bearer(server.gjovik) }), 415, 'feil-innholdstype');
  });

  it('answers 422 with the problems for JSON that is not payload v1', async () => {
    const res = await post(JSON.stringify({ ...fullReport(), values: { ...fullReport().values, ukjent_felt: 1 } }), 'application/json');
    expect(res.statusCode).toBe(422);
    expect(problemSchema.parse(res.json()).problems?.map((p) => p.path)).toEqual(['values']);
  });

  it('answers 400 for bad query parameters and 404 problem+json for an unknown route', async () => {
    await expectProblem(server.app.inject({ url: '/api/v1/innsendinger?ar=tjue', headers: bearer(server.admin) }), 400, 'ugyldig-foresporsel');
    await expectProblem(server.app.inject({ url: '/api/v2/ingenting' }), 404, 'ikke-funnet');
  });
});

describe('a 10 MB body', () => {
  const big = JSON.stringify({ ...fullReport(), values: { ...fullReport().values, a1: 'x'.repeat(10 * 1024 * 1024) } });

  it('answers 413', async () => {
    await expectProblem(post(big, 'application/json'), 413, 'for-stor');
  });

  it('answers 413 on a listening server, which then answers the next request', async () => {
    await server.app.listen({ host: '127.0.0.1', port: 0 });
    const url = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
    const res = await fetch(`${url}/api/v1/innsendinger`, {
      method: 'POST',
      headers: { ...bearer(server.gjovik), 'content-type': 'application/json' },
      body: big,
    });
    expect(res.status).toBe(413);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});

describe('.xlsx uploads', () => {
  it('answers 400 for a file that is not a workbook', async () => {
    await expectProblem(post(Buffer.from('Dette er ikke en arbeidsbok'), SUBMISSION_CONTENT_TYPES.xlsx), 400, 'ikke-arbeidsbok');
  });

  it('answers 422 for a workbook that is not the template', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('Budsjett').getCell('A1').value = 'Noe helt annet';
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    await expectProblem(post(bytes, SUBMISSION_CONTENT_TYPES.xlsx), 422, 'ukjent-mal');
  });

  it.each([
    ['honest', false],
    ['lying', true],
  ])('answers 4xx for a zip bomb whose headers are %s', async (_name, lie) => {
    const bomb = zipBomb(64 * 1024 * 1024, { lie });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const res = await post(bomb, SUBMISSION_CONTENT_TYPES.xlsx);
    expect([400, 413]).toContain(res.statusCode);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('fuzzed payloads', () => {
  // Hundreds of requests: generous when the machine is busy with other suites.
  const FUZZ_TIMEOUT_MS = 120_000;
  const cell = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.jsonValue());
  const fieldIds = inputFields(defaultTemplate).map((f) => f.id);

  it('answers any JSON value with a clear 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const res = await post(JSON.stringify(value), 'application/json');
        expect([400, 403, 422]).toContain(res.statusCode);
        problemSchema.parse(res.json());
      }),
      { numRuns: 300 },
    );
  }, FUZZ_TIMEOUT_MS);

  it('answers a full report with random values and rows with a receipt or a clear 4xx', async () => {
    const mutation = fc.record({
      values: fc.dictionary(fc.constantFrom(...fieldIds), cell, { maxKeys: 12 }),
      okonomi: fc.array(fc.dictionary(fc.constantFrom('aktivitet', 'budsjett', 'budsjett_hb', 'regnskap_hb', 'kommentar'), cell), { maxLength: 4 }),
    });
    await fc.assert(
      fc.asyncProperty(mutation, async ({ values, okonomi }) => {
        const report = fullReport();
        const payload = { ...report, values: { ...report.values, ...values }, tables: { ...report.tables, okonomi } };
        const res = await post(JSON.stringify(payload), 'application/json');
        expect([201, 403, 422]).toContain(res.statusCode);
        if (res.statusCode !== 201) problemSchema.parse(res.json());
      }),
      { numRuns: 300 },
    );
  }, FUZZ_TIMEOUT_MS);
});
