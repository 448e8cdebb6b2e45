/** A reporting year as the overview's tests (API and browser) see it, sent through the API. */
import type { PayloadV1 } from '../../../src/report/payload';
import { receiptSchema, type Receipt } from '../../../src/server/receipt';
import { tokenCommand } from '../../../src/server/token-command';
import { fullReport } from '../../fixtures/full-report';
import { osloReport, postJson, type TestServer } from './server';

export function reportOf(kommunenummer: string, kommunenavn: string, values: PayloadV1['values'] = {}): PayloadV1 {
  const report = fullReport();
  return { ...report, values: { ...report.values, kommunenummer, kommunenavn, ...values } };
}

/** Sends a report as the server receives it at `at`; it must be accepted. */
export async function send(server: TestServer, token: string, report: PayloadV1, at: string): Promise<Receipt> {
  server.setNow(new Date(at));
  const res = await postJson(server, token, report);
  if (res.statusCode !== 201) throw new Error(`${res.statusCode}: ${res.body}`);
  return receiptSchema.parse(res.json());
}

/** Text a report may hold that must stay text wherever it is shown. */
export const HOSTILE_TEXT = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> =HYPERLINK("http://x") @SUM(1)';

/**
 * The year 2013: Gjøvik twice (on time, then a correction after the deadline), Hamar late by half an
 * hour (with hostile text in 1.1), Oslo's Alna and Frogner on the last evening, Lillehammer not at
 * all. A revoked token and one for a number that did not exist in 2013 take no part.
 */
export async function seedYear(server: TestServer) {
  const oslo = await server.token('0301');
  const hamar = await server.token('0403');
  await server.token('0501');
  await server.token('0104');
  await server.token('3407');
  const record = (await server.store.listTokens()).find((t) => t.kommunenummer === '0104');
  if ((await tokenCommand(['revoke', record?.id ?? ''], server.store, new Date())).exitCode !== 0) throw new Error('revoke');
  const gjovik1 = await send(server, server.gjovik, reportOf('0502', 'Gjøvik', { c1_fullfinansierte: 20 }), '2014-02-20T10:00:00Z');
  const gjovik2 = await send(server, server.gjovik, reportOf('0502', 'Gjøvik', { c1_fullfinansierte: 25, telefon: '123' }), '2014-03-05T10:00:00Z');
  const hamar1 = await send(server, hamar, reportOf('0403', 'Hamar', { c1_fullfinansierte: null, h11_a_status0101: 2, h11_samlet: HOSTILE_TEXT }), '2014-02-28T23:30:00Z');
  const alna = await send(server, oslo, osloReport('bydel alna'), '2014-02-28T22:59:59Z');
  const frogner = await send(server, oslo, osloReport('Bydel Frogner'), '2014-02-28T12:00:00Z');
  return { gjovik1, gjovik2, hamar1, alna, frogner };
}
