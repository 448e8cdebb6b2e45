/**
 * The shared JSON cases of the report core, posted to the server: it must find what the domain finds,
 * so the add-in and the server never disagree about a report. A case's context (last year's report,
 * versions accepted before) is put in the server's store first, as earlier submissions would have.
 */
import type { CalendarDate } from '../../src/report/values';
import { payloadV1Schema, type PayloadV1 } from '../../src/report/payload';
import { parsePayload } from '../../src/report/parse-payload';
import { validate } from '../../src/report/validate';
import { problemSchema } from '../../src/server/problem';
import { receiptSchema } from '../../src/server/receipt';
import { reportKeyOf } from '../../src/report/report-key';
import { loadCases, findingKey, type Case } from '../fixtures/cases';
import { postJson, seed, testServer } from './helpers/server';

const keys = (findings: readonly { readonly rule: string; readonly fields: readonly string[] }[]): string[] => findings.map(findingKey).sort();

const noonInOslo = (day: CalendarDate): Date => new Date(Date.UTC(day.year, day.month - 1, day.day, 11));

async function serverFindings(c: Case, payload: PayloadV1, previous: PayloadV1 | undefined) {
  const server = await testServer();
  try {
    const key = reportKeyOf(payload);
    if (key && previous) await seed(server.store, previous, { key: { ...key, ar: key.ar - 1 } });
    for (let i = 0; key && i < (c.context.acceptedVersions ?? 0); i++) await seed(server.store, payload, { key });
    server.setNow(noonInOslo(c.today));
    const res = await postJson(server, server.admin, c.payload);
    const findings = res.statusCode === 201 ? receiptSchema.parse(res.json()).findings : (problemSchema.parse(res.json()).findings ?? []);
    return { status: res.statusCode, findings };
  } finally {
    await server.close();
  }
}

describe.each(loadCases())('case $file', (c) => {
  it('gets the same findings from the server as from the domain', async () => {
    const parsed = parsePayload(c.payload);
    if (!parsed.ok) throw new Error(`${c.file} er ikke payload v1: ${JSON.stringify(parsed.problems)}`);
    const previous = c.context.previous === undefined ? undefined : payloadV1Schema.parse(c.context.previous);
    const domain = validate(parsed.template, parsed.payload, { today: c.today, ...c.context, previous }).findings;
    expect(keys(domain)).toEqual(keys(c.expectFindings));

    const server = await serverFindings(c, parsed.payload, previous);
    expect(server.status).toBe(domain.some((f) => f.severity === 'feil') ? 422 : 201);
    expect(keys(server.findings)).toEqual(keys(domain));
  });
});
