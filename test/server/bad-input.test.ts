import { Workbook } from 'exceljs';
import fc from 'fast-check';
import { inputFields } from '../../src/report/fields';
import { defaultTemplate } from '../../src/report/templates';
import { BODY_LIMITS, SUBMISSION_CONTENT_TYPES } from '../../src/server/body-parsers';
import { problemSchema } from '../../src/server/problem';
import { fullReport } from '../fixtures/full-report';
import { rawExchange } from './helpers/raw-http';
import { bearer, listen, postBody, postJson, testServer, type TestServer } from './helpers/server';
import { storeFactories } from './helpers/stores';
import { zipBomb } from './helpers/zip-bomb';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(async () => {
  await server.close();
});

const post = (payload: string | Buffer, contentType?: string) => postBody(server, server.gjovik, payload, contentType);

/** A clear 4xx: the status, problem+json, and a problem type that names what is wrong. */
async function expectProblem(reply: ReturnType<typeof post>, status: number, kind: string): Promise<void> {
  const res = await reply;
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
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

  it('answers JSON nested 200 000 levels deep with a 4xx, not a stack overflow', async () => {
    const depth = 200_000;
    const res = await post(`{"template":{"id":"boso-arsrapport","version":"2013"},"values":{"a1":${'['.repeat(depth)}${']'.repeat(depth)}}}`, 'application/json');
    expect(res.statusCode).toBe(422);
    problemSchema.parse(res.json());
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

  it('explains a missing or malformed parameter in Norwegian, not in zod’s English', async () => {
    for (const url of ['/api/v1/kommuner/0502/forrige', '/api/v1/kommuner/0502/forrige?ar=2014&ar=2015']) {
      const res = await server.app.inject({ url, headers: bearer(server.admin) });
      expect(res.statusCode).toBe(400);
      const problems = problemSchema.parse(res.json()).problems ?? [];
      expect(problems.map((p) => p.path)).toEqual(['ar']);
      for (const p of problems) expect(p.message).not.toMatch(/invalid|expected|received/i);
    }
  });

  it('answers a URL with broken %-encoding, and a path parameter longer than any id, with problem+json', async () => {
    await expectProblem(server.app.inject({ url: '/api/v1/innsendinger/%zz', headers: bearer(server.admin) }), 400, 'ugyldig-foresporsel');
    await expectProblem(server.app.inject({ url: `/api/v1/innsendinger/${'x'.repeat(150)}`, headers: bearer(server.admin) }), 404, 'ikke-funnet');
  });
});

describe('a 10 MB body', () => {
  const big = JSON.stringify({ ...fullReport(), values: { ...fullReport().values, a1: 'x'.repeat(10 * 1024 * 1024) } });

  it('answers 413', async () => {
    await expectProblem(post(big, 'application/json'), 413, 'for-stor');
  });

  it('answers 413 on a listening server, which then answers the next request', async () => {
    const url = await listen(server);
    const res = await fetch(`${url}/api/v1/innsendinger`, {
      method: 'POST',
      headers: { ...bearer(server.gjovik), 'content-type': 'application/json' },
      body: big,
    });
    expect(res.status).toBe(413);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});

describe('body limits', () => {
  const MB = 1024 * 1024;

  it('gives an .xlsx above the JSON limit, up to its own limit, to the workbook reader', async () => {
    expect(BODY_LIMITS.xlsx).toBeGreaterThan(BODY_LIMITS.json);
    await expectProblem(post(Buffer.alloc(BODY_LIMITS.json + MB), SUBMISSION_CONTENT_TYPES.xlsx), 400, 'ikke-arbeidsbok');
  });

  it.each([
    ['JSON', 'application/json', BODY_LIMITS.json],
    ['.xlsx', SUBMISSION_CONTENT_TYPES.xlsx, BODY_LIMITS.xlsx],
  ])('answers 413 above the %s limit and names that limit', async (_name, contentType, limit) => {
    const res = await post(Buffer.alloc(limit + 1, 0x20), contentType);
    expect(res.statusCode).toBe(413);
    expect(problemSchema.parse(res.json()).detail).toContain(`${limit / MB} MB`);
  });
});

describe('text encodings', () => {
  it('answers 400 for a JSON body that is not UTF-8 (Latin-1 æøå), and stores nothing', async () => {
    const before = (await server.store.submissions({})).length;
    const report = fullReport();
    const latin1 = Buffer.from(JSON.stringify({ ...report, values: { ...report.values, programleder: 'Bjørn Æsøy' } }), 'latin1');
    await expectProblem(post(latin1, 'application/json'), 400, 'ikke-utf8');
    expect(await server.store.submissions({})).toHaveLength(before);
  });

  it('takes UTF-8 with a byte order mark', async () => {
    const res = await post(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(fullReport()))]), 'application/json');
    expect(res.statusCode).toBe(201);
  });
});

describe.each(storeFactories)('text that $name cannot keep as it was sent', (factory) => {
  let own: TestServer;
  beforeAll(async () => {
    own = await testServer({ database: factory });
  });
  afterAll(async () => {
    await own.close();
  });

  const report = fullReport();
  const MARK = 'MERKE-7c1';
  /** fullReport() with `Ola <escape>` in one place, written as JSON escapes the way a client may send them. */
  const withEscape = (place: 'programleder' | 'bydel' | 'kommentar', escape: string): string => {
    const okonomi = report.tables.okonomi ?? [];
    const changed =
      place === 'kommentar'
        ? { ...report, tables: { ...report.tables, okonomi: okonomi.map((row, i) => (i === 0 ? { ...row, kommentar: MARK } : row)) } }
        : { ...report, values: { ...report.values, [place]: MARK } };
    return JSON.stringify(changed).replace(MARK, `Ola ${escape}`);
  };

  it.each([
    ['a NUL character', '\\u0000'],
    ['a lone surrogate', '\\ud800'],
  ])('answers 422 for %s in a field, in bydel and in a table cell, and stores nothing', async (_name, escape) => {
    const places = [
      ['programleder', 'values.programleder'],
      ['bydel', 'values.bydel'],
      ['kommentar', 'tables.okonomi.0.kommentar'],
    ] as const;
    for (const [place, path] of places) {
      const res = await postBody(own, own.gjovik, withEscape(place, escape), 'application/json');
      expect(res.statusCode).toBe(422);
      const problem = problemSchema.parse(res.json());
      expect(problem.type).toBe('urn:boso:problem:ugyldig-innhold');
      expect(problem.problems?.map((p) => p.path)).toEqual([path]);
    }
    expect(await own.store.submissions({})).toHaveLength(0);
  });

  it('answers a NUL character in a query parameter or an id with a 4xx, then serves normally', async () => {
    const get = (url: string) => own.app.inject({ url, headers: bearer(own.gjovik) });
    expect((await get('/api/v1/kommuner/0502/forrige?ar=2014&bydel=Bydel%00Alna')).statusCode).toBe(400);
    expect((await get('/api/v1/innsendinger/a%00b')).statusCode).toBe(404);
    expect((await postJson(own, own.gjovik, report)).statusCode).toBe(201);
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
  // Text from the whole of Unicode, and text with the characters a database cannot keep (NUL, lone surrogates).
  const awkwardText = fc.string({ unit: fc.constantFrom('a', 'ø', ' ', '=', '\u0000', '\ud800', '\udc00', '\u{1f600}') });
  const cell = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), awkwardText, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.jsonValue());
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
        // 400 only for a `__proto__` key that fc.jsonValue() put inside a cell ({"__proto__": ""}).
        expect([201, 400, 403, 422]).toContain(res.statusCode);
        if (res.statusCode !== 201) {
          const problem = problemSchema.parse(res.json());
          if (res.statusCode === 400) expect(problem.type).toBe('urn:boso:problem:ugyldig-json');
        }
      }),
      { numRuns: 300, examples: [[{ values: { programnavn: JSON.parse('{"__proto__": ""}') as fc.JsonValue }, okonomi: [] }]] },
    );
  }, FUZZ_TIMEOUT_MS);
});

describe('on a listening server', () => {
  it('answers headers larger than Node allows with 431 problem+json, then the next request normally', async () => {
    const url = await listen(server);
    const reply = await rawExchange(url, `GET /healthz HTTP/1.1\r\nHost: boso\r\nX-Stor: ${'a'.repeat(64 * 1024)}\r\n\r\n`);
    expect(reply.status).toBe(431);
    expect(reply.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(problemSchema.parse(JSON.parse(reply.body)).type).toBe('urn:boso:problem:for-store-headere');
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });

  it('has request and connection timeouts, so a slow client cannot hold a connection for ever', () => {
    expect(server.app.server.requestTimeout).toBeGreaterThan(0);
    expect(server.app.server.timeout).toBeGreaterThan(0);
  });

  it('answers a client that stops half-way through its body with 408 problem+json, then serves the next request', async () => {
    const slow = await testServer({ timeouts: { requestMs: 300, idleMs: 10_000 } });
    try {
      const url = await listen(slow);
      const head = `POST /api/v1/innsendinger HTTP/1.1\r\nHost: boso\r\nAuthorization: Bearer ${slow.gjovik}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n`;
      const reply = await rawExchange(url, `${head}{"template":`);
      expect(reply.status).toBe(408);
      expect(problemSchema.parse(JSON.parse(reply.body)).type).toBe('urn:boso:problem:tidsavbrudd');
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      expect(await slow.store.submissions({})).toHaveLength(0);
    } finally {
      await slow.close();
    }
  });
});
