/**
 * Migration 3: a database whose series were keyed by the bydel as written (before GEN-10) is keyed by
 * the districts' canonical names afterwards, and every series goes on with the numbers it had.
 */
import type { PayloadV1 } from '../../src/report/payload';
import { reportKeyOf } from '../../src/report/report-key';
import type { Store } from '../../src/server/storage/store';
import { sha256Hex } from '../../src/server/tokens';
import { draftOf, osloReport, seed } from './helpers/server';
import { storeFactories, type StoreFactory, type TestDatabase } from './helpers/stores';

interface OldRow {
  readonly id: string;
  readonly bydel: string;
  readonly versjon: number;
  readonly mottatt: string;
}

/** As migration 2 left the table: the bydel as the report wrote it (trimmed), numbered per spelling. */
const OLD_ROWS: readonly OldRow[] = [
  { id: '00000000-0000-4000-8000-000000000001', bydel: 'Bydel Alna', versjon: 1, mottatt: '2014-02-01T10:00:00.000Z' },
  { id: '00000000-0000-4000-8000-000000000002', bydel: 'Bydel Alna', versjon: 2, mottatt: '2014-02-03T10:00:00.000Z' },
  { id: '00000000-0000-4000-8000-000000000003', bydel: 'bydel alna', versjon: 1, mottatt: '2014-02-05T10:00:00.000Z' },
  { id: '00000000-0000-4000-8000-000000000004', bydel: 'Frogner', versjon: 1, mottatt: '2014-02-06T10:00:00.000Z' },
  { id: '00000000-0000-4000-8000-000000000005', bydel: 'Alnaa', versjon: 1, mottatt: '2014-02-07T10:00:00.000Z' },
  { id: '00000000-0000-4000-8000-000000000006', bydel: '', versjon: 1, mottatt: '2014-02-08T10:00:00.000Z' },
];

const bytesLiteral = (factory: StoreFactory, bytes: Buffer): string =>
  factory.name === 'SQLite' ? `X'${bytes.toString('hex')}'` : `decode('${bytes.toString('hex')}', 'hex')`;

async function insertOld(factory: StoreFactory, db: TestDatabase, row: OldRow): Promise<void> {
  const body = Buffer.from(JSON.stringify(osloReport(row.bydel)));
  await db.query(
    'INSERT INTO innsendinger (id, kommunenummer, bydel, ar, versjon, template_id, template_version, mottatt, sha256, content_type, token_id, body, payload, findings) ' +
      `VALUES ('${row.id}', '0301', '${row.bydel}', 2013, ${row.versjon}, 'boso-arsrapport', '2013', '${row.mottatt}', '${sha256Hex(body)}', ` +
      `'application/json', 'tok-0301', ${bytesLiteral(factory, body)}, NULL, '[]')`,
  );
}

describe.each(storeFactories)('$name: migration 3 (bydel keyed by the district’s name)', (factory) => {
  let db: TestDatabase;
  let store: Store;

  beforeEach(async () => {
    db = await factory.create();
    const before = db.open();
    await before.migrate(2);
    await before.addToken({ id: 'tok-0301', hash: 'h0301', kind: 'kommune', kommunenummer: '0301', navn: null, opprettet: new Date() });
    await before.close();
    for (const row of OLD_ROWS) await insertOld(factory, db, row);
    store = db.open();
    await store.migrate();
  });
  afterEach(async () => {
    await store.close();
    await db.drop();
  });

  const keyOf = (payload: PayloadV1) => {
    const key = reportKeyOf(payload);
    if (!key) throw new Error('ingen nøkkel');
    return key;
  };

  it('keys every stored report by its district’s name, and text that names no district by itself', async () => {
    const stored = await Promise.all(OLD_ROWS.map((row) => store.submission(row.id)));
    expect(stored.map((s) => [s?.key.bydel, s?.versjon])).toEqual([
      ['Alna', 1],
      ['Alna', 2],
      ['Alna', 1],
      ['Frogner', 1],
      ['Alnaa', 1],
      ['', 1],
    ]);
    expect(stored.map((s) => s?.payload)).toEqual(OLD_ROWS.map((row) => osloReport(row.bydel)));
  });

  it('goes on with each series’ numbers, however the next report writes the district', async () => {
    const next = await seed(store, osloReport('ALNA'));
    expect(next).toMatchObject({ key: { bydel: 'Alna' }, versjon: 3 });
    expect((await seed(store, osloReport('Bydel Frogner'))).versjon).toBe(2);
    expect((await seed(store, osloReport(''))).versjon).toBe(2);
  });

  it('tells the judge how far the series has come, and which of its reports is the latest', async () => {
    const key = keyOf(osloReport('Bydel Alna'));
    expect((await store.latest(key))?.id).toBe(OLD_ROWS[1]?.id);
    const histories: number[] = [];
    await store.submit(draftOf(osloReport('alna'), key, { tokenId: 'tok-0301' }), (history) => (histories.push(history.acceptedVersions), { accepted: true, findings: [] }));
    expect(histories).toEqual([2]);
    const latest = (await store.latestOfEach({ ar: 2013 })).map((s) => [s.key.bydel, s.versjon]);
    expect(latest).toEqual([
      ['', 1],
      ['Alna', 3],
      ['Alnaa', 1],
      ['Frogner', 1],
    ]);
  });

  it('changes no submission but for the new key, and stays append-only', async () => {
    const rows = (await db.query('SELECT id, bydel, bydel_nokkel, versjon FROM innsendinger ORDER BY seq')) as Record<string, unknown>[];
    expect(rows).toEqual(OLD_ROWS.map((row) => ({ id: row.id, bydel: row.bydel, bydel_nokkel: keyOf(osloReport(row.bydel)).bydel, versjon: row.versjon })));
    await expect(db.query("UPDATE innsendinger SET bydel_nokkel = 'x'")).rejects.toMatchObject({ message: expect.stringMatching(/endres/) });
    expect(await db.query('SELECT versjon FROM skjemaversjoner ORDER BY versjon')).toEqual([{ versjon: 1 }, { versjon: 2 }, { versjon: 3 }]);
  });
});
