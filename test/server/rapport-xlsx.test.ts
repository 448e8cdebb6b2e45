/** GET /api/v1/innsendinger/{id}/rapport.xlsx: the stored report drawn into the official template. */
import { readXlsx } from '../../src/workbook/read-xlsx';
import { receiptSchema } from '../../src/server/receipt';
import { fullReport } from '../fixtures/full-report';
import { withoutEmpty } from '../workbook/fill';
import { bearer, osloReport, postBody, postJson, testServer, type TestServer } from './helpers/server';

let server: TestServer;
beforeEach(async () => {
  server = await testServer();
});
afterEach(async () => {
  await server.close();
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function fetchReport(id: string, token: string) {
  return server.app.inject({ url: `/api/v1/innsendinger/${id}/rapport.xlsx`, headers: bearer(token) });
}

describe('rapport.xlsx', () => {
  it('draws the stored report into the template so that the project’s reader gives the stored payload back', async () => {
    const report = fullReport();
    const okonomi = Array.from({ length: 25 }, (_, i) => ({ aktivitet: `Tiltak ${i + 1}`, budsjett: 10_000, budsjett_hb: 0, regnskap_hb: 0, regnskap_egen: 10_000, regnskap_annen: 0 }));
    const periode = [{ ar: 2013, tilskudd_hb: 0, egenfinansiering: 250_000, annen: 0, overfort: 0 }];
    const long = { ...report, tables: { okonomi, periode } };
    const receipt = receiptSchema.parse((await postJson(server, server.gjovik, long)).json());
    const res = await fetchReport(receipt.id, server.admin);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toBe('attachment; filename="boso-arsrapport-2013-0502-v1.xlsx"');
    const read = await readXlsx(res.rawPayload);
    if (!read.ok) throw new Error(read.message);
    const stored = await server.app.inject({ url: `/api/v1/innsendinger/${receipt.id}`, headers: bearer(server.admin) });
    expect(read.payload).toEqual(withoutEmpty(stored.json().payload));
  });

  it('reads back a report that came as a workbook as the payload stored from it', async () => {
    const first = receiptSchema.parse((await postJson(server, server.gjovik, fullReport())).json());
    const drawn = (await fetchReport(first.id, server.gjovik)).rawPayload;
    const again = await postBody(server, server.gjovik, drawn, XLSX);
    expect(again.statusCode).toBe(201);
    const second = receiptSchema.parse(again.json());
    const redrawn = await readXlsx((await fetchReport(second.id, server.gjovik)).rawPayload);
    const stored = await server.app.inject({ url: `/api/v1/innsendinger/${second.id}`, headers: bearer(server.admin) });
    expect(redrawn.ok && redrawn.payload).toEqual(stored.json().payload);
  });

  it('is the municipality’s own to fetch, and gives another municipality the same 404 as no report at all', async () => {
    const oslo = await server.token('0301');
    const receipt = receiptSchema.parse((await postJson(server, oslo, osloReport('Grünerløkka'))).json());
    const own = await fetchReport(receipt.id, oslo);
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-disposition']).toBe('attachment; filename="boso-arsrapport-2013-0301-grunerlokka-v1.xlsx"');
    const other = await fetchReport(receipt.id, server.gjovik);
    expect(other.statusCode).toBe(404);
    expect((await fetchReport('00000000-0000-4000-8000-000000000000', server.gjovik)).json()).toEqual(other.json());
  });
});
